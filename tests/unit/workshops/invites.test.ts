import { describe, expect, it } from 'vitest';
import { parseJoinCode } from '../../../lib/map/ids';
import { MemoryStore } from '../../../server/store/memory-store';
import { WorkshopService } from '../../../server/workshops/workshop-service';

// Invites (docs/architecture.md "Joining") on the in-memory store: what each secret opens, and what not.
describe('invites', () => {
  it('a new workshop has a join code that opens its participant key, and the facilitator key opens the links', async () => {
    const store = new MemoryStore();
    const service = new WorkshopService(store);
    const { record, keys, code } = await service.create({ title: 'Optics' });
    expect(parseJoinCode(code)).toBe(code);
    expect(await service.invites.resolve(code)).toEqual({ workshopId: record.id, participantKey: keys.participant });
    expect(await service.invites.secretsFor(record.id, keys.facilitator)).toEqual({ code, participant: keys.participant, observer: keys.observer });
    // Neither the other keys nor another code open anything.
    expect(await service.invites.secretsFor(record.id, keys.participant)).toBeNull();
    expect(await service.invites.secretsFor(record.id, keys.observer)).toBeNull();
    const other = code === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF';
    expect(await service.invites.resolve(parseJoinCode(other)!)).toBeNull();
  });

  it('the store holds no key and no code in clear', async () => {
    const store = new MemoryStore();
    const service = new WorkshopService(store);
    const { record, keys, code } = await service.create({ title: 'Sealed' });
    const invite = (await store.invites.get(record.id))!;
    const stored = JSON.stringify({ ...invite, forCode: Buffer.from(invite.forCode).toString('latin1'), forFacilitator: Buffer.from(invite.forFacilitator).toString('latin1') });
    for (const secret of [keys.participant, keys.observer, keys.facilitator, code]) expect(stored).not.toContain(secret);
  });

  it('new guest keys withdraw the old participant and observer keys and the old code; the facilitator key stays', async () => {
    const service = new WorkshopService(new MemoryStore());
    const { record, keys, code } = await service.create({ title: 'Renewed' });
    const renewed = await service.renewGuestKeys(record.id, keys.facilitator);
    expect(renewed.keys.facilitator).toBe(keys.facilitator);
    expect(await service.authenticate(record.id, keys.participant)).toBeNull();
    expect(await service.authenticate(record.id, keys.observer)).toBeNull();
    expect(await service.authenticate(record.id, keys.facilitator)).toBe('facilitator');
    expect(await service.authenticate(record.id, renewed.keys.participant)).toBe('participant');
    if (renewed.code !== code) expect(await service.invites.resolve(code)).toBeNull();
    expect(await service.invites.resolve(renewed.code)).toEqual({ workshopId: record.id, participantKey: renewed.keys.participant });
    await expect(service.renewGuestKeys(record.id, keys.participant)).rejects.toThrow(/facilitator key/);
  });
});
