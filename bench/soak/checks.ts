// The soak's end checks (bench/soak/run.ts): every honest replica alike, and every acknowledged write of
// every honest client in the state a restarted server loads from its store.
import * as Y from 'yjs';
import { commentsOf, voteKey, votesOf } from '../../lib/map/discussion';
import { actorsOf, DOC_ROOTS } from '../../lib/map/ydoc';
import type { HonestClient } from './honest';

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
};

/** The document's content with keys sorted: two replicas of one state give the same string. */
export function canonical(doc: Y.Doc): string {
  return JSON.stringify(Object.fromEntries(DOC_ROOTS.map((root) => [root, sortKeys(doc.getMap(root).toJSON())])));
}

export const stateVector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');

export interface Convergence {
  ok: boolean;
  distinctStateVectors: number;
  distinctContents: number;
}

export function convergence(docs: Y.Doc[]): Convergence {
  const vectors = new Set(docs.map(stateVector));
  const contents = new Set(docs.map(canonical));
  return { ok: vectors.size === 1 && contents.size === 1, distinctStateVectors: vectors.size, distinctContents: contents.size };
}

/** Polls until the replicas agree, or returns the last answer after `timeoutMs`. */
export async function waitForConvergence(docs: () => Y.Doc[], timeoutMs: number): Promise<Convergence> {
  const deadline = Date.now() + timeoutMs;
  let last = convergence(docs());
  while (!last.ok && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = convergence(docs());
  }
  return last;
}

export interface LossReport {
  checked: number;
  missing: string[];
}

/** Every ledger entry of every client against `stored` (the restarted server's state). */
export function findLosses(stored: Y.Doc, clients: HonestClient[]): LossReport {
  const missing: string[] = [];
  let checked = 0;
  const actors = actorsOf(stored);
  const comments = commentsOf(stored);
  const votes = votesOf(stored);
  for (const c of clients) {
    const { ledger } = c;
    const actor = actors.get(ledger.actor);
    checked++;
    if (!actor || actor.get('createdBy') !== c.me) missing.push(`${ledger.actor} (made by ${c.me})`);
    if (ledger.position) {
      checked++;
      if (actor?.get('x') !== ledger.position.x || actor?.get('y') !== ledger.position.y) missing.push(`${ledger.actor}'s last move to ${ledger.position.x},${ledger.position.y}`);
    }
    for (const [id, text] of ledger.comments) {
      checked++;
      const stored = comments.get(id) as { text?: string } | undefined;
      if (stored?.text !== text) missing.push(`comment ${id}`);
    }
    for (const [element, vote] of ledger.votes) {
      checked++;
      if (votes.get(voteKey(element, c.me)) !== vote) missing.push(`${c.me}'s vote on ${element}`);
    }
  }
  return { checked, missing };
}
