import { beforeEach, describe, expect, it } from 'vitest';
import type { Store, WorkshopRecord } from '../../server/store/store';

// Who is who's part of the Store contract (docs/protocol.md P2, P14), run by storeContract against every
// implementation: participants found by their secret's hash, and the client ids bound to them.

const bytes = (...values: number[]) => new Uint8Array(values);

export function identityContract(ctx: { store(): Store; workshop(): WorkshopRecord }): void {
  let store: Store;
  beforeEach(() => {
    store = ctx.store();
  });

  describe('participants (docs/protocol.md P2)', () => {
    const person = (workshopId: string, id: string, secretHash: string, at = 1) => ({
      workshopId,
      id,
      secretHash,
      name: `Name of ${id}`,
      color: '#1d4ed8',
      createdAt: at,
      lastSeenAt: at,
    });

    it('finds a participant by the hash of its secret, in its workshop only', async () => {
      const a = ctx.workshop();
      const b = ctx.workshop();
      await store.createWorkshop(a);
      await store.createWorkshop(b);
      await store.saveParticipant(person(a.id, 'p_ana', 'hash-ana'));
      expect(await store.findParticipant(a.id, 'hash-ana')).toEqual(person(a.id, 'p_ana', 'hash-ana'));
      expect(await store.findParticipant(b.id, 'hash-ana')).toBeNull();
      expect(await store.findParticipant(a.id, 'hash-other')).toBeNull();
    });

    it('updates name, colour and last-seen time but never the secret or the creation time', async () => {
      const w = ctx.workshop();
      await store.createWorkshop(w);
      await store.saveParticipant(person(w.id, 'p_ana', 'hash-ana', 1));
      await store.saveParticipant({ ...person(w.id, 'p_ana', 'hash-ana', 5), name: 'Ana Li', color: '#b91c1c', createdAt: 5 });
      expect(await store.findParticipant(w.id, 'hash-ana')).toEqual({ ...person(w.id, 'p_ana', 'hash-ana', 1), name: 'Ana Li', color: '#b91c1c', lastSeenAt: 5 });
      expect(await store.listParticipants(w.id)).toHaveLength(1);
    });

    it('refuses a second participant with the same secret, and one in an unknown workshop', async () => {
      const w = ctx.workshop();
      await store.createWorkshop(w);
      await store.saveParticipant(person(w.id, 'p_ana', 'hash-same'));
      await expect(store.saveParticipant(person(w.id, 'p_bo', 'hash-same'))).rejects.toThrow();
      await expect(store.saveParticipant(person('w_nope', 'p_bo', 'hash-bo'))).rejects.toThrow();
      expect((await store.listParticipants(w.id)).map((p) => p.id)).toEqual(['p_ana']);
    });

    it('lists participants in the order they joined', async () => {
      const w = ctx.workshop();
      await store.createWorkshop(w);
      await store.saveParticipant(person(w.id, 'p_z', 'h1', 2));
      await store.saveParticipant(person(w.id, 'p_a', 'h2', 3));
      await store.saveParticipant(person(w.id, 'p_m', 'h3', 1));
      expect((await store.listParticipants(w.id)).map((p) => p.id)).toEqual(['p_m', 'p_z', 'p_a']);
      expect(await store.listParticipants('w_nope')).toEqual([]);
    });
  });

  describe('client bindings (docs/protocol.md P14)', () => {
    it('keeps which participant first wrote with each client id, per workshop', async () => {
      const a = ctx.workshop();
      const b = ctx.workshop();
      await store.createWorkshop(a);
      await store.createWorkshop(b);
      await store.bindClients(a.id, [
        { clientId: 17, participantId: 'p_ana' },
        { clientId: 4_294_967_295, participantId: 'p_bo' },
      ]);
      await store.bindClients(b.id, [{ clientId: 17, participantId: 'p_li' }]);
      expect(await store.loadClientBindings(a.id)).toEqual(new Map([[17, 'p_ana'], [4_294_967_295, 'p_bo']]));
      expect(await store.loadClientBindings(b.id)).toEqual(new Map([[17, 'p_li']]));
      expect(await store.loadClientBindings('w_nope')).toEqual(new Map());
    });

    it('never rebinds a client id: the whole call is refused and nothing of it kept', async () => {
      const w = ctx.workshop();
      await store.createWorkshop(w);
      await store.bindClients(w.id, [{ clientId: 1, participantId: 'p_ana' }]);
      await expect(store.bindClients(w.id, [{ clientId: 2, participantId: 'p_bo' }, { clientId: 1, participantId: 'p_bo' }])).rejects.toThrow();
      expect(await store.loadClientBindings(w.id)).toEqual(new Map([[1, 'p_ana']]));
      await expect(store.bindClients('w_nope', [{ clientId: 3, participantId: 'p_bo' }])).rejects.toThrow();
      await expect(store.bindClients(w.id, [{ clientId: -1, participantId: 'p_bo' }])).rejects.toThrow();
    });

    it('deleting a workshop takes its participants, bindings and checkpoints with it', async () => {
      const w = ctx.workshop();
      await store.createWorkshop(w);
      await store.saveParticipant({ workshopId: w.id, id: 'p_a', secretHash: 'h', name: 'A', color: '#1d4ed8', createdAt: 1, lastSeenAt: 1 });
      await store.bindClients(w.id, [{ clientId: 5, participantId: 'p_a' }]);
      await store.saveCheckpoint({ id: 'k', workshopId: w.id, name: 'n', kind: 'phase', createdAt: 1 }, bytes(1));
      await store.deleteWorkshop(w.id);
      expect(await store.listParticipants(w.id)).toEqual([]);
      expect(await store.loadClientBindings(w.id)).toEqual(new Map());
      expect(await store.listCheckpoints(w.id)).toEqual([]);
    });
  });
}
