import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ActorType, TieKind } from '../../../lib/map/types';
import { ACTOR_TYPES, TIE_KINDS } from '../../../lib/map/types';
import type { WorkshopProvider } from '../../../lib/sync/provider';
import { actorsOf, addActor, addTie, deleteActor, moveActors, readMap, updateActor } from '../../../lib/map/ydoc';
import { docFromStore, startSyncServer, waitFor, type TestSyncServer } from '../helpers/sync-server';

// Seeded random editing by several clients with random disconnects (clean ones and dropped transports),
// then everyone reconnects: all replicas, the server's and a fresh load from the store must be identical.
const SEEDS = Number(process.env.FUZZ_SEEDS ?? 30);
const FIRST_SEED = Number(process.env.FUZZ_FIRST_SEED ?? 1);
const CLIENTS = 3;
const STEPS = 60;

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('sync: seeded random-edit fuzz', () => {
  let server: TestSyncServer;
  beforeAll(async () => {
    server = await startSyncServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  for (let seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
    it(`P5, P12: seed ${seed}: random edits with random disconnects converge everywhere`, async () => {
      const random = mulberry32(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
      const ws = await server.createWorkshop(`Fuzz ${seed}`);
      const clients: WorkshopProvider[] = [];
      for (let i = 0; i < CLIENTS; i++) clients.push(server.client(ws, i === 0 ? 'facilitator' : 'participant'));
      await Promise.all(clients.map((c) => c.whenSynced()));
      let counter = 0;

      for (let step = 0; step < STEPS; step++) {
        const client = pick(clients);
        const doc = client.doc;
        const ids = [...actorsOf(doc).keys()];
        const roll = random();
        if (roll < 0.12) {
          if (client.socket.connected) {
            // Half clean disconnects, half lost connections (the transport just dies; socket.io reconnects).
            if (random() < 0.5) client.disconnect();
            else client.socket.io.engine?.close();
          } else client.connect();
        } else if (roll < 0.4 || ids.length < 2) {
          addActor(doc, {
            id: `a_${seed}_${counter++}`,
            label: `actor ${counter}`,
            type: pick<ActorType>(ACTOR_TYPES),
            scope: random() < 0.5 ? 'local' : 'external',
            stages: [],
            x: Math.round(random() * 800),
            y: Math.round(random() * 600),
          });
        } else if (roll < 0.6) {
          updateActor(doc, pick(ids), random() < 0.5 ? { label: `renamed ${counter++}` } : { influence: Math.floor(random() * 11) });
        } else if (roll < 0.72) {
          deleteActor(doc, pick(ids));
        } else if (roll < 0.88) {
          addTie(doc, {
            id: `t_${seed}_${counter++}`,
            source: pick(ids),
            target: pick(ids),
            kind: pick<TieKind>(TIE_KINDS),
            directed: random() < 0.5,
            strength: pick([1, 2, 3] as const),
            tacit: random() < 0.3,
          });
        } else {
          const moved: Record<string, { x: number; y: number }> = {};
          for (const id of ids) if (random() < 0.3) moved[id] = { x: Math.round(random() * 800), y: Math.round(random() * 600) };
          moveActors(doc, moved);
        }
        // Let the network interleave with the edits now and then.
        if (random() < 0.3) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 4)));
      }

      for (const client of clients) if (!client.socket.connected) client.connect();
      await Promise.all(clients.map((c) => c.whenSynced().then(() => c.flushed())));
      const replica = await server.sync.getRoomDoc(ws.id);
      // Equal state vectors are not enough: a delete changes only the delete set, so compare whole snapshots.
      // A dropped transport may still be closing here, so wait for every client to be connected and synced.
      const serverSnapshot = () => Y.snapshot(replica);
      await waitFor(
        () =>
          clients.every(
            (c) => c.socket.connected && c.synced && c.pendingCount === 0 && Y.equalSnapshots(Y.snapshot(c.doc), serverSnapshot()),
          ),
        `seed ${seed}: every client to reach the server's state`,
        10_000,
      );
      const expected = readMap(replica).map;
      for (const client of clients) {
        expect(readMap(client.doc).map).toEqual(expected);
        expect(client.status).toBe('saved');
      }
      const stored = await docFromStore(server.store, ws.id);
      expect(Y.equalSnapshots(Y.snapshot(stored), Y.snapshot(replica))).toBe(true);
      expect(readMap(stored).map).toEqual(expected);
      stored.destroy();
      for (const client of clients) client.destroy();
    });
  }
});
