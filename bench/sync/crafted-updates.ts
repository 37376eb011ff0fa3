// Crafted updates of about 2 MiB (the protocol's message limit, docs/protocol.md P9) against a replica, for
// the write-check benchmark and for the integration test that sends them to a real server. Each shape
// stresses a different part of the check (docs/protocol.md P14): long chains of items whose place is known
// only through their neighbour, many new entries with nested fields, a delete set over a large replica, and
// hostile votes under other people's ids.

import * as Y from 'yjs';
import { castVote } from '../../lib/map/discussion';
import { docFromMap } from '../../lib/map/ydoc';
import { generateMap } from '../engine/generate';

export const TARGET_BYTES = 2 * 1024 * 1024 - 64 * 1024;

export interface CraftedUpdate {
  name: string;
  what: string;
  update: Uint8Array;
  /** The participant id the update's votes are written for (hostile shapes use someone else's). */
  voter: string;
}

/** A replica like a busy workshop's: a generated map of `actors` actors (ties = 5 ×). */
export function busyReplica(actors = 2000, seed = 42): Y.Doc {
  return docFromMap(generateMap(actors, seed));
}

/** A client in step with `replica`, writing as `clientID` when given. */
function clientOf(replica: Y.Doc, clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(replica));
  return doc;
}

/**
 * `steps` of `step` in one transaction on a client of `replica`: the update they make.
 */
function run(replica: Y.Doc, step: (doc: Y.Doc, i: number) => void, steps: number, setup?: (doc: Y.Doc) => void, clientID?: number): Uint8Array {
  const doc = clientOf(replica, clientID);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    if (setup) setup(doc);
    for (let i = 0; i < steps; i++) step(doc, i);
  });
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
}

/**
 * As many steps as make an update just under `bytes` (at least 97% of it): the bytes per step of a sample
 * size one run, and a run that overshoots is made again, shorter by what it overshot. Two or three runs, where
 * a search step by step copied the document at each try (a minute on a loaded 2-core machine).
 */
function grow(replica: Y.Doc, step: (doc: Y.Doc, i: number) => void, bytes = TARGET_BYTES, setup?: (doc: Y.Doc) => void): Uint8Array {
  const sample = 2048;
  // Every run writes as one client id, of the widest encoding (5 bytes): each item names its neighbours by
  // client id, so a sample written under a shorter id than the real run made the real run fall short.
  const clientID = 2 ** 28 + Math.floor(Math.random() * (2 ** 32 - 2 ** 28 - 1));
  let steps = Math.max(1, Math.floor((0.985 * bytes * sample) / run(replica, step, sample, setup, clientID).length));
  for (;;) {
    const update = run(replica, step, steps, setup, clientID);
    if (update.length <= bytes) return update;
    steps = Math.floor((steps * 0.985 * bytes) / update.length);
  }
}

export type ShapeName = 'list inserts' | 'new actors' | 'own votes' | 'hostile votes' | 'delete everything';

/**
 * The crafted updates against `replica`, or only those named in `only`; each grown to just under `bytes`
 * (per shape, default TARGET_BYTES; 'delete everything' is as large as the replica makes it).
 */
export function craftedUpdates(replica: Y.Doc, me = 'p_me', someoneElse = 'p_other', only?: readonly ShapeName[], bytes: Partial<Record<ShapeName, number>> = {}): CraftedUpdate[] {
  return SHAPES.filter((shape) => !only || only.includes(shape.name)).map((shape) => ({
    name: shape.name,
    what: shape.what,
    voter: shape.hostile ? someoneElse : me,
    update: shape.build(replica, me, someoneElse, bytes[shape.name] ?? TARGET_BYTES),
  }));
}

interface Shape {
  name: ShapeName;
  what: string;
  hostile: boolean;
  build(replica: Y.Doc, me: string, someoneElse: string, bytes: number): Uint8Array;
}

const meta = (d: Y.Doc) => d.getMap('meta');

const SHAPES: Shape[] = [
  {
    name: 'list inserts',
    what: 'a nested list grown by inserts at random places: each item is placed only through its neighbours, which are in the same update',
    hostile: false,
    build: (replica, _me, _other, bytes) => {
      // A fixed sequence, so every run crafts the same update.
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      return grow(
        replica,
        (d, i) => {
          if (i === 0) seed = 7; // each run of grow() the same sequence
          const list = meta(d).get('weights') as Y.Array<number>;
          list.insert(Math.floor(random() * (list.length + 1)), [1]);
        },
        bytes,
        (d) => meta(d).set('weights', new Y.Array<number>()),
      );
    },
  },
  {
    name: 'new actors',
    what: 'new actors, each a nested map of fields',
    hostile: false,
    build: (replica, _me, _other, bytes) =>
      grow(
        replica,
        (d, i) => {
        const a = new Y.Map<unknown>();
        d.getMap('actors').set(`a_new_${i}`, a);
        a.set('label', `New actor ${i}`);
        a.set('type', 'firm');
        a.set('scope', 'local');
        a.set('stages', []);
        a.set('x', i);
        a.set('y', i);
        },
        bytes,
      ),
  },
  {
    name: 'own votes',
    what: 'votes of one participant on many elements',
    hostile: false,
    build: (replica, me, _other, bytes) => grow(replica, (d, i) => castVote(d, `element_${i}`, me, 'agree'), bytes),
  },
  {
    name: 'hostile votes',
    what: "votes under someone else's id: refused",
    hostile: true,
    build: (replica, _me, someoneElse, bytes) => grow(replica, (d, i) => castVote(d, `element_${i}`, someoneElse, 'disagree'), bytes),
  },
  {
    name: 'delete everything',
    what: "a delete set over every actor and tie of the replica (its structs' whole range)",
    hostile: false,
    build: (replica) => {
      const doc = clientOf(replica);
      const before = Y.encodeStateVector(doc);
      doc.transact(() => {
        for (const root of ['actors', 'ties']) for (const key of [...doc.getMap(root).keys()]) doc.getMap(root).delete(key);
      });
      return Y.encodeStateAsUpdate(doc, before);
    },
  },
];
