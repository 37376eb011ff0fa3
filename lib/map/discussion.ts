import * as Y from 'yjs';
import { VOTE_VALUES, type VoteValue } from './types';
import { addComment, commentsOf, setVote, votesOf, type Comment } from './ydoc';

// The discussion around the map: who voted what on an element, its comment thread, and a directory of the
// names behind participant ids. Votes and comments are keyed by the verified participant id (the server
// stamps it at the handshake); names live in `people` so a vote still shows a name after its author left.
// None of this is part of the interchange format: it belongs to one workshop's document.

export const PEOPLE_KEY = 'people';
/** Longest comment a person can post; longer text is refused, never cut silently. */
export const MAX_COMMENT_LENGTH = 500;
/** Longest name kept in the directory (the server's own limit for display names). */
const MAX_NAME_LENGTH = 40;

export const peopleOf = (doc: Y.Doc) => doc.getMap<string>(PEOPLE_KEY);

export interface Person {
  id: string;
  name: string;
}

export type Tally = Record<VoteValue, number> & { total: number };

/**
 * What the votes on one element say. `contested`: at least one person disagrees (the facilitator should
 * hear why); `agreed`: everyone who voted agrees; `open`: nobody disagrees but someone is not sure;
 * `none`: nobody voted.
 */
export type AgreementStatus = 'none' | 'agreed' | 'open' | 'contested';

export interface ElementDiscussion {
  id: string;
  /** participant id → vote. */
  votes: Record<string, VoteValue>;
  tally: Tally;
  status: AgreementStatus;
  /** In the order every replica agrees on; the newest is last. */
  comments: Comment[];
}

// ---------------------------------------------------------------------------------------------------------
// Pure summaries

export function tally(votes: Record<string, VoteValue>): Tally {
  const out: Tally = { agree: 0, disagree: 0, unsure: 0, total: 0 };
  for (const v of Object.values(votes)) {
    if (!VOTE_VALUES.includes(v)) continue;
    out[v] += 1;
    out.total += 1;
  }
  return out;
}

export function agreementStatus(t: Tally): AgreementStatus {
  if (t.total === 0) return 'none';
  if (t.disagree > 0) return 'contested';
  if (t.unsure > 0) return 'open';
  return 'agreed';
}

/** Participant ids who voted `value`, in a stable order. */
export function votersOf(votes: Record<string, VoteValue>, value: VoteValue): string[] {
  return Object.keys(votes)
    .filter((id) => votes[id] === value)
    .sort();
}

// ---------------------------------------------------------------------------------------------------------
// Reading a document. Readers skip what an old or foreign client wrote in a shape they do not know.

function isComment(value: unknown): value is Comment {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return typeof c.id === 'string' && typeof c.author === 'string' && typeof c.text === 'string' && typeof c.at === 'number' && Number.isFinite(c.at);
}

export function readVotes(doc: Y.Doc, elementId: string): Record<string, VoteValue> {
  const forElement = votesOf(doc).get(elementId);
  const out: Record<string, VoteValue> = {};
  if (!(forElement instanceof Y.Map)) return out;
  for (const [participant, vote] of forElement.entries()) if (VOTE_VALUES.includes(vote)) out[participant] = vote;
  return out;
}

export function readComments(doc: Y.Doc, elementId: string): Comment[] {
  const list = commentsOf(doc).get(elementId);
  if (!(list instanceof Y.Array)) return [];
  return list.toArray().filter(isComment);
}

export function readElementDiscussion(doc: Y.Doc, elementId: string): ElementDiscussion {
  const votes = readVotes(doc, elementId);
  const t = tally(votes);
  return { id: elementId, votes, tally: t, status: agreementStatus(t), comments: readComments(doc, elementId) };
}

/** Every element that has votes or comments, by id. Elements nobody discussed are absent. */
export function readDiscussion(doc: Y.Doc): Map<string, ElementDiscussion> {
  const ids = new Set<string>([...votesOf(doc).keys(), ...commentsOf(doc).keys()]);
  const out = new Map<string, ElementDiscussion>();
  for (const id of [...ids].sort()) {
    const d = readElementDiscussion(doc, id);
    if (d.tally.total > 0 || d.comments.length > 0) out.set(id, d);
  }
  return out;
}

/** participant id → name, for everyone who ever voted or commented. */
export function readPeople(doc: Y.Doc): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, name] of peopleOf(doc).entries()) if (typeof name === 'string') out[id] = name;
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Writing. Each is one transaction that also records the person's current name, so every replica can put
// a name on a vote or comment without the author being online.

function remember(doc: Y.Doc, person: Person) {
  const name = person.name.trim().slice(0, MAX_NAME_LENGTH) || person.id;
  const people = peopleOf(doc);
  if (people.get(person.id) !== name) people.set(person.id, name);
}

/** Records a person's name in the directory (one transaction, nothing written when it is unchanged). */
export function rememberPerson(doc: Y.Doc, person: Person, origin?: unknown): void {
  if (!person.id) throw new Error('a person needs an id');
  doc.transact(() => remember(doc, person), origin);
}

/** Sets `person`'s vote on an element; null withdraws it. */
export function castVote(doc: Y.Doc, elementId: string, person: Person, vote: VoteValue | null, origin?: unknown): void {
  if (!person.id) throw new Error('a vote needs a participant id');
  doc.transact(() => {
    setVote(doc, elementId, person.id, vote, origin);
    if (vote !== null) remember(doc, person);
  }, origin);
}

export type CommentCheck = { ok: true; text: string } | { ok: false; error: string };

/** What would be posted for `raw`: trimmed, not empty, within the length limit. */
export function checkComment(raw: string): CommentCheck {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (!text) return { ok: false, error: 'The comment is empty.' };
  const length = [...text].length;
  if (length > MAX_COMMENT_LENGTH) return { ok: false, error: `The comment is ${length} characters long; the limit is ${MAX_COMMENT_LENGTH}.` };
  return { ok: true, text };
}

/** Appends a comment by `person` and returns it; throws with a clear message when the text is refused. */
export function postComment(
  doc: Y.Doc,
  elementId: string,
  person: Person,
  raw: string,
  opts: { id: string; at: number },
  origin?: unknown,
): Comment {
  if (!person.id) throw new Error('a comment needs an author id');
  const check = checkComment(raw);
  if (!check.ok) throw new Error(check.error);
  const comment: Comment = { id: opts.id, author: person.id, text: check.text, at: opts.at };
  doc.transact(() => {
    addComment(doc, elementId, comment, origin);
    remember(doc, person);
  }, origin);
  return comment;
}

/**
 * Gives each element its own (empty) vote map and comment list ahead of the first vote or comment. Two
 * replicas that each create an element's first container concurrently keep only one of them, and whatever
 * was written into the other is lost; prepared early by one client (the element's creator, or the
 * facilitator for imported maps), later votes and comments all land in the same container and merge.
 * Returns how many containers were created; writes nothing when none was missing.
 */
export function prepareThreads(doc: Y.Doc, elementIds: Iterable<string>, origin?: unknown): number {
  const votes = votesOf(doc);
  const comments = commentsOf(doc);
  const missing = [...elementIds].filter((id) => !(votes.get(id) instanceof Y.Map) || !(comments.get(id) instanceof Y.Array));
  if (missing.length === 0) return 0;
  let created = 0;
  doc.transact(() => {
    for (const id of missing) {
      if (!(votes.get(id) instanceof Y.Map)) {
        votes.set(id, new Y.Map<VoteValue>());
        created++;
      }
      if (!(comments.get(id) instanceof Y.Array)) {
        comments.set(id, new Y.Array<Comment>());
        created++;
      }
    }
  }, origin);
  return created;
}

// ---------------------------------------------------------------------------------------------------------
// What needs talking about

export interface DiscussItem {
  id: string;
  status: AgreementStatus;
  comments: number;
  /** Comments this person has not seen yet (written by others after `seen`). */
  unread: number;
}

/**
 * Elements the group should talk about: contested ones and those with comments this person has not read,
 * contested first, then by unread count. `seen` maps element id → how many of its comments were read;
 * `exists` drops elements that are gone (a vote racing a delete).
 */
export function toDiscuss(
  discussion: ReadonlyMap<string, ElementDiscussion>,
  seen: Readonly<Record<string, number>>,
  me: string | null,
  exists: (id: string) => boolean,
): DiscussItem[] {
  const items: DiscussItem[] = [];
  for (const d of discussion.values()) {
    if (!exists(d.id)) continue;
    const read = seen[d.id] ?? 0;
    const unread = d.comments.slice(read).filter((c) => c.author !== me).length;
    if (d.status !== 'contested' && unread === 0) continue;
    items.push({ id: d.id, status: d.status, comments: d.comments.length, unread });
  }
  const rank = (i: DiscussItem) => (i.status === 'contested' ? 0 : 1);
  return items.sort((a, b) => rank(a) - rank(b) || b.unread - a.unread || (a.id < b.id ? -1 : 1));
}
