import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { castVote, commentsOf, deleteComment, postComment, readDiscussion, setDecision } from '../../../lib/map/discussion';
import type { ActorType, EditingMode, Role, TieKind } from '../../../lib/map/types';
import { ACTOR_TYPES, DECISIONS, EDITING_MODES, TIE_KINDS, VOTE_VALUES } from '../../../lib/map/types';
import type { ErrorMessage } from '../../../lib/sync/protocol';
import type { WorkshopProvider } from '../../../lib/sync/provider';
import { actorsOf, addActor, addTie, deleteActor, moveActors, readMap, updateActor, updateMeta } from '../../../lib/map/ydoc';
import { docFromStore, startSyncServer, waitFor, type TestSyncServer, type TestWorkshop } from '../helpers/sync-server';

// Seeded random work by a facilitator, participants and an observer, with random disconnects (clean ones and
// dropped transports), editing-mode switches, decisions, votes and comments, and writes the server refuses
// (an observer's, a participant's edit of a frozen map, a vote under someone else's id). A client whose write
// was refused starts again from the server's state with the same secret, as the browser app does (P14).
// At the end every replica, the server's and a fresh load from the store must be identical. The seed drives
// the edits and the interleavings (which client acts, when the network runs); a failure prints the ops.
const SEEDS = Number(process.env.FUZZ_SEEDS ?? 30);
const FIRST_SEED = Number(process.env.FUZZ_FIRST_SEED ?? 1);
const STEPS = 70;
const ROLES: Role[] = ['facilitator', 'participant', 'participant', 'observer'];

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Seat {
  role: Role;
  secret: string;
  provider: WorkshopProvider;
  /** Set when the server refused one of this replica's writes: it must start again. */
  refused: boolean;
}

describe('sync: seeded random-work fuzz (P5, P12, P14)', () => {
  let server: TestSyncServer;
  /** How many replicas had a write refused and started again, over all seeds: the fuzz must exercise that. */
  let restarts = 0;
  beforeAll(async () => {
    server = await startSyncServer();
  });
  afterAll(async () => {
    await server?.close();
    if (SEEDS >= 10) expect(restarts).toBeGreaterThan(SEEDS / 2);
  });

  function seat(ws: TestWorkshop, role: Role, secret: string): Seat {
    const s: Seat = { role, secret, provider: server.client(ws, role, { secret }), refused: false };
    s.provider.on('error', (e: ErrorMessage) => {
      if (e.code === 'forbidden' || e.code === 'incomplete') s.refused = true;
    });
    return s;
  }

  for (let seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
    it(`P5, P12, P14: seed ${seed}: random work with refusals and disconnects converges everywhere`, async () => {
      const random = mulberry32(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
      const ws = await server.createWorkshop(`Fuzz ${seed}`);
      const seats = ROLES.map((role, i) => seat(ws, role, `fuzz-secret-${seed}-${i}`.padEnd(43, 'x')));
      await Promise.all(seats.map((s) => s.provider.whenSynced()));
      const ops: string[] = [];
      let counter = 0;

      try {
        for (let step = 0; step < STEPS; step++) {
          const i = Math.floor(random() * seats.length);
          let s = seats[i];
          if (s.refused) {
            // As the app does: a fresh replica from the server, the same person.
            await s.provider.flushed();
            s.provider.destroy();
            s = seats[i] = seat(ws, s.role, s.secret);
            await s.provider.whenSynced();
            restarts++;
            ops.push(`${i}: restart`);
          }
          const doc = s.provider.doc;
          const me = s.provider.identity?.id ?? 'p_unknown';
          const ids = [...actorsOf(doc).keys()];
          const roll = random();
          if (roll < 0.1) {
            if (s.provider.socket.connected) {
              // Half clean disconnects, half lost connections (the transport just dies; socket.io reconnects).
              if (random() < 0.5) s.provider.disconnect();
              else s.provider.socket.io.engine?.close();
              ops.push(`${i}: drop`);
            } else {
              s.provider.connect();
              ops.push(`${i}: connect`);
            }
          } else if (roll < 0.16 && s.role === 'facilitator') {
            const editing = pick<EditingMode>(EDITING_MODES);
            updateMeta(doc, { editing });
            ops.push(`${i}: editing ${editing}`);
          } else if (roll < 0.36 || ids.length < 2) {
            const id = `a_${seed}_${counter++}`;
            addActor(doc, { id, label: `actor ${counter}`, type: pick<ActorType>(ACTOR_TYPES), scope: random() < 0.5 ? 'local' : 'external', stages: [], x: Math.round(random() * 800), y: Math.round(random() * 600) });
            ops.push(`${i}: add ${id}`);
          } else if (roll < 0.46) {
            const id = pick(ids);
            updateActor(doc, id, random() < 0.5 ? { label: `renamed ${counter++}` } : { influence: Math.floor(random() * 11) });
            ops.push(`${i}: update ${id}`);
          } else if (roll < 0.52) {
            const id = pick(ids);
            deleteActor(doc, id);
            ops.push(`${i}: delete ${id}`);
          } else if (roll < 0.6) {
            const id = `t_${seed}_${counter++}`;
            addTie(doc, { id, source: pick(ids), target: pick(ids), kind: pick<TieKind>(TIE_KINDS), directed: random() < 0.5, strength: pick([1, 2, 3] as const), tacit: random() < 0.3 });
            ops.push(`${i}: tie ${id}`);
          } else if (roll < 0.66) {
            const moved: Record<string, { x: number; y: number }> = {};
            for (const id of ids) if (random() < 0.3) moved[id] = { x: Math.round(random() * 800), y: Math.round(random() * 600) };
            moveActors(doc, moved);
            ops.push(`${i}: move ${Object.keys(moved).length}`);
          } else if (roll < 0.78) {
            // Mostly one's own vote; now and then under the facilitator's or another seat's id (refused).
            const voter = random() < 0.85 ? me : (pick(seats).provider.identity?.id ?? me);
            const element = pick(ids);
            const value = random() < 0.2 ? null : pick(VOTE_VALUES);
            castVote(doc, element, voter, value);
            ops.push(`${i}: vote ${element} as ${voter === me ? 'self' : voter} ${value}`);
          } else if (roll < 0.88) {
            const comments = [...commentsOf(doc).keys()];
            if (comments.length && random() < 0.3) {
              const id = pick(comments);
              deleteComment(doc, id);
              ops.push(`${i}: uncomment ${id}`);
            } else {
              const id = `c_${seed}_${counter++}`;
              postComment(doc, pick(ids), me, `comment ${counter}`, { id, at: counter });
              ops.push(`${i}: comment ${id}`);
            }
          } else {
            const element = pick(ids);
            const value = random() < 0.25 ? null : pick(DECISIONS);
            setDecision(doc, element, value ? { value, by: me, at: counter++ } : null);
            ops.push(`${i}: decide ${element} ${value}`);
          }
          // Let the network interleave with the work now and then.
          if (random() < 0.3) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 4)));
        }

        // Everyone back online; replicas the server refused start again, as the app does.
        for (const s of seats) if (!s.provider.socket.connected) s.provider.connect();
        await Promise.all(seats.map((s) => s.provider.whenSynced().then(() => s.provider.flushed())));
        for (let i = 0; i < seats.length; i++) {
          if (!seats[i].refused) continue;
          restarts++;
          seats[i].provider.destroy();
          seats[i] = seat(ws, seats[i].role, seats[i].secret);
        }
        await Promise.all(seats.map((s) => s.provider.whenSynced()));
        const replica = await server.sync.getRoomDoc(ws.id);
        // Equal state vectors are not enough: a delete changes only the delete set, so compare whole snapshots.
        await waitFor(
          () => seats.every((s) => s.provider.socket.connected && s.provider.synced && s.provider.pendingCount === 0 && Y.equalSnapshots(Y.snapshot(s.provider.doc), Y.snapshot(replica))),
          `seed ${seed}: every client to reach the server's state`,
          15_000,
        );
        const expected = { map: readMap(replica).map, discussion: readDiscussion(replica) };
        for (const s of seats) {
          expect({ map: readMap(s.provider.doc).map, discussion: readDiscussion(s.provider.doc) }).toEqual(expected);
          expect(s.provider.status).toBe('saved');
        }
        // Only the server wrote people; nobody voted under another's id.
        for (const [element, votes] of Object.entries(expected.discussion.votes)) {
          for (const participant of Object.keys(votes)) expect({ element, participant, known: participant in expected.discussion.people }).toMatchObject({ known: true });
        }
        const stored = await docFromStore(server.store, ws.id);
        expect(Y.equalSnapshots(Y.snapshot(stored), Y.snapshot(replica))).toBe(true);
        expect(readMap(stored).map).toEqual(expected.map);
        stored.destroy();
      } catch (err) {
        console.error(`fuzz seed ${seed} failed after these ops:\n${ops.join('\n')}`);
        throw err;
      } finally {
        for (const s of seats) s.provider.destroy();
      }
    });
  }
});
