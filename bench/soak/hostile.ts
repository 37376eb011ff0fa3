// The hostile client of the soak (bench/soak/run.ts): the attacks of issue 11 that the code can be sent
// today, each one small function over a fresh connection. To add an attack, add an entry to ATTACKS; its
// answers (ack codes, 'connected', a handshake refusal) are tallied and printed beside the others.
// What each should get is in docs/protocol.md (P9 limits, P14 the write check) and docs/operations.md.
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CraftedUpdate } from '../sync/crafted-updates';
import { randomToken } from '../../lib/map/ids';
import { addActor } from '../../lib/map/ydoc';
import { encodeAwarenessMessage, encodeSyncStep1, encodeSyncUpdate } from '../../lib/sync/messages';
import { rawSocket, type RawSocket } from './raw-socket';

export interface AttackContext {
  url: string;
  /** The observer key changes when the revocation attack has the facilitator replace it. */
  workshop: { id: string; keys: { facilitator: string; participant: string; observer: string } };
  /** The server's maxSocketOutputBytes (bench/soak/server-process.ts sets it low enough to reach in a run). */
  maxSocketOutputBytes: number;
  /** Server-given ids of honest people, to impersonate. */
  victims: string[];
  /** ~2 MiB crafted updates (bench/sync/crafted-updates.ts), made before the run: crafting blocks for seconds. */
  crafted: CraftedUpdate[];
  /** How many honest clients hold a presence state whose `selection` is not a list of ids. */
  honestWithMalformedPresence(): number;
}

/** What one run of an attack got: every answer by name ('ok' = accepted), and anything worth saying. */
export interface AttackOutcome {
  answers: string[];
  note?: string;
  /** Quantities summed over the runs, such as bytes the server sent back. */
  figures?: Record<string, number>;
}

export interface Attack {
  name: string;
  /** What the server should answer, for the report. */
  expected: string;
  run(ctx: AttackContext): Promise<AttackOutcome>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const participant = (ctx: AttackContext, headers?: Record<string, string>) =>
  rawSocket(ctx.url, { workshop: ctx.workshop.id, key: ctx.workshop.keys.participant, secret: randomToken(43), headers });

/** Runs `body` on a fresh participant connection and closes it. */
async function asParticipant(ctx: AttackContext, body: (raw: RawSocket) => Promise<AttackOutcome>): Promise<AttackOutcome> {
  const raw = await participant(ctx);
  try {
    return await body(raw);
  } finally {
    raw.close();
  }
}

/** An update adding one actor, made in a scratch document. */
function actorUpdate(fields: Record<string, unknown>): Uint8Array {
  const doc = new Y.Doc();
  addActor(doc, { id: `a_hostile_${randomToken(8)}`, label: 'Hostile', type: 'firm', scope: 'local', stages: [], ...fields });
  return Y.encodeStateAsUpdate(doc);
}

/** One awareness frame of a scratch client publishing `state`. */
function presenceFrame(state: Record<string, unknown>, awareness = new Awareness(new Y.Doc())): Uint8Array {
  awareness.setLocalState(state);
  return encodeAwarenessMessage(encodeAwarenessUpdate(awareness, [awareness.clientID]));
}

export const ATTACKS: Attack[] = [
  {
    name: 'oversized update',
    expected: 'too_large (P9)',
    run: (ctx) => asParticipant(ctx, async (raw) => ({ answers: [await raw.send(encodeSyncUpdate(actorUpdate({ notes: 'x'.repeat(2 * 1024 * 1024 + 1024) })))] })),
  },
  {
    name: 'crafted 2 MiB updates',
    expected: 'forbidden, in linear time (P14)',
    run: (ctx) =>
      asParticipant(ctx, async (raw) => {
        const answers: string[] = [];
        for (const crafted of ctx.crafted) answers.push(await raw.send(encodeSyncUpdate(crafted.update)));
        return { answers };
      }),
  },
  {
    name: 'forged createdBy',
    expected: 'forbidden: not_yours (P14)',
    run: (ctx) => asParticipant(ctx, async (raw) => ({ answers: [await raw.send(encodeSyncUpdate(actorUpdate({ createdBy: ctx.victims[0] })))] })),
  },
  {
    name: 'unknown top-level type',
    expected: 'forbidden (P14)',
    run: (ctx) =>
      asParticipant(ctx, async (raw) => {
        const doc = new Y.Doc();
        doc.getMap('evil').set('payload', 'x'.repeat(1000));
        return { answers: [await raw.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)))] };
      }),
  },
  {
    name: 'label over the model limit',
    expected: 'forbidden (issue 11 item 4: labels checked on the wire)',
    run: (ctx) => asParticipant(ctx, async (raw) => ({ answers: [await raw.send(encodeSyncUpdate(actorUpdate({ label: 'L'.repeat(100_000) })))] })),
  },
  {
    name: 'observer write',
    expected: 'forbidden (P14)',
    run: async (ctx) => {
      const raw = await rawSocket(ctx.url, { workshop: ctx.workshop.id, key: ctx.workshop.keys.observer });
      try {
        return { answers: [await raw.send(encodeSyncUpdate(actorUpdate({})))] };
      } finally {
        raw.close();
      }
    },
  },
  {
    name: 'garbage frames',
    expected: 'malformed (P3)',
    run: (ctx) =>
      asParticipant(ctx, async (raw) => {
        const answers: string[] = [];
        for (let i = 0; i < 20; i++) answers.push(await raw.send(Uint8Array.from({ length: 1 + i * 3 }, (_, k) => (k * 37 + i * 11) % 256)));
        return { answers };
      }),
  },
  {
    name: 'awareness flood',
    expected: 'limited (issue 11 item 4: a token bucket for awareness)',
    run: (ctx) =>
      asParticipant(ctx, async (raw) => {
        // 200 presence states of ~16 KiB back to back, each relayed to every honest client.
        const awareness = new Awareness(new Y.Doc());
        const junk = 'j'.repeat(16 * 1024);
        const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => raw.send(presenceFrame({ cursor: { x: i, y: i }, junk }, awareness))));
        return { answers };
      }),
  },
  {
    name: 'malformed presence',
    expected: 'dropped or repaired before relaying (issue 11 item 5)',
    run: async (ctx) => {
      // From an observer, as in issue 11.
      const raw = await rawSocket(ctx.url, { workshop: ctx.workshop.id, key: ctx.workshop.keys.observer });
      try {
        const before = ctx.honestWithMalformedPresence();
        const answer = await raw.send(presenceFrame({ selection: 1, dragging: 'x', cursor: 'nowhere' }));
        await sleep(300);
        const relayed = ctx.honestWithMalformedPresence() - before;
        return { answers: [answer], note: relayed > 0 ? `relayed to ${relayed} honest clients` : 'reached no honest client' };
      } finally {
        raw.close();
      }
    },
  },
  {
    name: 'sync step 1 flood',
    expected: 'limited (issue 11 item 4: a token bucket for step 1)',
    run: (ctx) =>
      asParticipant(ctx, async (raw) => {
        const start = raw.received.bytes;
        const answers = await Promise.all(Array.from({ length: 100 }, () => raw.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))));
        await sleep(200);
        return { answers, figures: { 'KiB of state sent back': Math.round((raw.received.bytes - start) / 1024) } };
      }),
  },
  {
    name: 'socket that does not read',
    expected: 'cut off once its output passes maxSocketOutputBytes (P9)',
    run: (ctx) =>
      asParticipant(ctx, async (raw) => {
        // The whole state once, read, to know what each sync step 1 makes the server send.
        const before = raw.received.bytes;
        await raw.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
        await sleep(300);
        const stateBytes = Math.max(1, raw.received.bytes - before);
        // Stop reading at the TCP level: the kernel's buffers fill, then the server's.
        const tcp = (raw.socket.io.engine.transport as unknown as { ws?: { _socket?: { pause(): void; resume(): void } } }).ws?._socket;
        if (!tcp) return { answers: ['no tcp socket to pause'] };
        let gone = false;
        raw.socket.once('disconnect', () => (gone = true));
        tcp.pause();
        // Ask for the whole state at the step 1 rate (2 a second) until far more than the limit plus what the
        // kernel can hold on loopback (~16 MiB) was asked for, or 90 s.
        const started = Date.now();
        let asked = 0;
        while (asked * stateBytes < ctx.maxSocketOutputBytes + 16 * 1024 * 1024 && Date.now() - started < 90_000) {
          raw.fire(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
          asked++;
          await sleep(500);
        }
        tcp.resume();
        for (let i = 0; i < 100 && !gone; i++) await sleep(100);
        return { answers: [gone ? 'cut off' : 'still connected'], figures: { 'MiB asked for while not reading': Math.round((asked * stateBytes) / 1024 / 1024) } };
      }),
  },
  {
    name: 'revoked link',
    expected: 'key_revoked at once, then bad_key on reconnect and on the API (P16)',
    run: async (ctx) => {
      // A leaked observer link: connected, then the facilitator replaces the observer key.
      const oldKey = ctx.workshop.keys.observer;
      const raw = await rawSocket(ctx.url, { workshop: ctx.workshop.id, key: oldKey });
      let closed = false;
      raw.socket.once('disconnect', () => (closed = true));
      const res = await fetch(`${ctx.url}/api/workshops/${ctx.workshop.id}/invite`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ctx.workshop.keys.facilitator}`, 'content-type': 'application/json' },
        body: JSON.stringify({ roles: ['observer'] }),
      });
      const link = ((await res.json()) as { links?: { observer?: string } }).links?.observer ?? '';
      const newKey = decodeURIComponent(/#key=(.+)$/.exec(link)?.[1] ?? '');
      if (newKey) ctx.workshop.keys.observer = newKey;
      for (let i = 0; i < 50 && !closed; i++) await sleep(100);
      raw.close();
      const answers = [closed ? (raw.errors.includes('key_revoked') ? 'key_revoked' : `closed: ${raw.errors.join(',') || 'no reason'}`) : 'still connected'];
      try {
        (await rawSocket(ctx.url, { workshop: ctx.workshop.id, key: oldKey })).close();
        answers.push('old key reconnected');
      } catch (err) {
        answers.push(`reconnect refused: ${(err as Error).message}`);
      }
      const api = await fetch(`${ctx.url}/api/workshops/${ctx.workshop.id}/scores`, { headers: { authorization: `Bearer ${oldKey}` } });
      answers.push(`API ${api.status}`);
      return { answers };
    },
  },
  {
    name: 'bad Origin',
    expected: 'handshake refused (issue 11 item 1)',
    run: async (ctx) => {
      try {
        const raw = await participant(ctx, { origin: 'http://evil.example' });
        raw.close();
        return { answers: ['connected'] };
      } catch (err) {
        return { answers: [`refused: ${(err as Error).message}`] };
      }
    },
  },
];

/** Tally of every attack over the run. */
export class HostileReport {
  readonly byAttack = new Map<string, { runs: number; answers: Map<string, number>; notes: Set<string>; failures: Set<string>; figures: Map<string, number> }>();

  record(attack: Attack, outcome: AttackOutcome | Error): void {
    const entry = this.byAttack.get(attack.name) ?? { runs: 0, answers: new Map(), notes: new Set(), failures: new Set(), figures: new Map() };
    this.byAttack.set(attack.name, entry);
    entry.runs++;
    if (outcome instanceof Error) return void entry.failures.add(outcome.message);
    for (const a of outcome.answers) entry.answers.set(a, (entry.answers.get(a) ?? 0) + 1);
    if (outcome.note) entry.notes.add(outcome.note);
    for (const [what, n] of Object.entries(outcome.figures ?? {})) entry.figures.set(what, (entry.figures.get(what) ?? 0) + n);
  }
}

/** Runs the attacks in turn, `pauseMs` apart, until `until()` says stop. */
export async function runHostile(ctx: AttackContext, report: HostileReport, until: () => boolean, pauseMs = 500, attacks = ATTACKS): Promise<void> {
  for (let i = 0; !until(); i++) {
    const attack = attacks[i % attacks.length];
    try {
      report.record(attack, await attack.run(ctx));
    } catch (err) {
      report.record(attack, err as Error);
    }
    await sleep(pauseMs);
  }
}
