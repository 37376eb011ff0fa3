import { describe, expect, it } from 'vitest';
import { PRESENCE_PALETTE } from '../../../lib/sync/palette';
import { cleanName, IdentityService } from '../../../server/identity/identity-service';
import { MemoryStore } from '../../../server/store/memory-store';
import { workshopRecord } from '../../contract/store.contract';

// docs/protocol.md P2: the server decides who a person is, from the secret their browser keeps.

const secretA = 'a'.repeat(43);
const secretB = 'b'.repeat(43);

async function service() {
  const store = new MemoryStore();
  const record = workshopRecord();
  await store.createWorkshop(record);
  let guests = 0;
  return { store, id: record.id, identities: new IdentityService(store), guest: () => ++guests };
}

describe('P2: identities the server vouches for', () => {
  it('gives the holder of a secret the same id, name and colour every time', async () => {
    const { id, identities, guest } = await service();
    const first = await identities.identify(id, 'participant', { secret: secretA, name: 'Li Wei', color: PRESENCE_PALETTE[2] }, guest);
    expect(first).toMatchObject({ name: 'Li Wei', color: PRESENCE_PALETTE[2], role: 'participant' });
    expect(first.id).toMatch(/^p_[a-z0-9]{12}$/);
    const again = await identities.identify(id, 'participant', { secret: secretA }, guest);
    expect(again).toEqual(first);
  });

  it('never grants an id the client asks for', async () => {
    const { id, identities, guest } = await service();
    const victim = await identities.identify(id, 'participant', { secret: secretA, name: 'Victim' }, guest);
    const claimed = await identities.identify(id, 'participant', { secret: secretB, name: 'Victim', id: victim.id } as never, guest);
    expect(claimed.id).not.toBe(victim.id);
  });

  it('keeps a new name or colour the person chose, and the role always comes from the key', async () => {
    const { id, identities, guest } = await service();
    const first = await identities.identify(id, 'participant', { secret: secretA, name: 'Li' }, guest);
    const renamed = await identities.identify(id, 'facilitator', { secret: secretA, name: 'Li Wei', color: PRESENCE_PALETTE[4] }, guest);
    expect(renamed).toEqual({ id: first.id, name: 'Li Wei', color: PRESENCE_PALETTE[4], role: 'facilitator' });
    expect((await identities.identify(id, 'observer', { secret: secretA, role: 'facilitator' } as never, guest)).role).toBe('observer');
    expect((await identities.identify(id, 'observer', { secret: secretA }, guest)).name).toBe('Li Wei');
  });

  it('a client without a (valid) secret gets a fresh id each time, named as a guest when it gives no name', async () => {
    const { id, identities, guest, store } = await service();
    const one = await identities.identify(id, 'participant', {}, guest);
    const two = await identities.identify(id, 'participant', { secret: 'short' }, guest);
    expect(one.id).not.toBe(two.id);
    expect([one.name, two.name]).toEqual(['Guest 1', 'Guest 2']);
    expect(await store.listParticipants(id)).toEqual([]);
  });

  it('cleans names and refuses colours outside the palette', async () => {
    const { id, identities, guest } = await service();
    const odd = await identities.identify(id, 'participant', { secret: secretA, name: '\u202e\u0007', color: 'red' }, guest);
    expect(odd.name).toBe('Guest 1');
    expect(PRESENCE_PALETTE as readonly string[]).toContain(odd.color);
    expect(cleanName(' Li  \n Wei ')).toBe('Li Wei');
    expect([...(cleanName('名'.repeat(100)) ?? '')]).toHaveLength(40);
    expect(cleanName(42)).toBeNull();
  });

  it('stores only the hash of a secret, and finds a person by their secret for the API', async () => {
    const { id, identities, guest, store } = await service();
    const me = await identities.identify(id, 'participant', { secret: secretA, name: 'Ana' }, guest);
    const [stored] = await store.listParticipants(id);
    expect(stored.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(secretA);
    expect((await identities.findBySecret(id, secretA))?.id).toBe(me.id);
    expect(await identities.findBySecret(id, secretB)).toBeNull();
  });
});
