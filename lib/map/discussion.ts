import * as Y from 'yjs';
import { PARTICIPANT_ID_PATTERN } from './ids';
import { MAP_LIMITS } from './limits';
import { readRounds, roundTallies, type VoteCounts } from './rounds';
import { DECISIONS, ROLES, VOTE_VALUES, type Decision, type Role, type VoteValue } from './types';
import { DOC_KEYS } from './ydoc';

// The discussion around the map (docs/architecture.md "The workshop document"): votes, comments, the
// facilitator's decisions and the directory of people. Every entry is flat so that who owns it is one key
// or one field, which is what lets the server check each update (lib/access/permissions.ts):
//   votes      `${elementId}:${participantId}` → 'agree' | 'disagree' | 'unsure'
//   comments   commentId → { id, element, author, text, at, editedAt? }
//   decisions  elementId → { value, reason?, by, at }
//   people     participantId → { name, color, role }   (written by the server only)
// Entries outlive the element they are about: deleting an actor hides its votes and comments, and undoing
// the delete brings them back. None of this is part of the map itself (docs/map-format.md).

export interface Comment {
  id: string;
  /** The actor or tie the comment is about. */
  element: string;
  /** Participant id of the writer. */
  author: string;
  text: string;
  /** Epoch ms by the writer's clock. */
  at: number;
  editedAt?: number;
}

export interface DecisionRecord {
  value: Decision;
  reason?: string;
  /** Participant id of the facilitator who decided. */
  by: string;
  at: number;
}

export interface PersonRecord {
  name: string;
  color: string;
  /** The role of the person's latest connection. */
  role: Role;
}

/** The whole discussion of a workshop as plain data: what checkpoints store and exports carry. */
export interface Discussion {
  /** element id → participant id → vote. */
  votes: Record<string, Record<string, VoteValue>>;
  /** Every comment, oldest first (by `at`, then id), in the order every replica agrees on. */
  comments: Comment[];
  decisions: Record<string, DecisionRecord>;
  people: Record<string, PersonRecord>;
  /**
   * element id → the counts of the newest closed secret round that held it (lib/map/rounds.ts, P18);
   * absent when no round has closed. Where present they replace the element's open votes in the agreement.
   */
  tallies?: Record<string, VoteCounts>;
}

export const votesOf = (doc: Y.Doc) => doc.getMap<unknown>(DOC_KEYS.votes);
export const commentsOf = (doc: Y.Doc) => doc.getMap<unknown>(DOC_KEYS.comments);
export const decisionsOf = (doc: Y.Doc) => doc.getMap<unknown>(DOC_KEYS.decisions);
export const peopleOf = (doc: Y.Doc) => doc.getMap<unknown>(DOC_KEYS.people);

export const emptyDiscussion = (): Discussion => ({ votes: {}, comments: [], decisions: {}, people: {} });

// ---------------------------------------------------------------------------------------------------------
// Keys and shapes. The same predicates check what a reader takes from a document and what the server lets
// a participant write, so a value the server accepted is always one the readers show.

export const voteKey = (elementId: string, participantId: string) => `${elementId}:${participantId}`;

/** The element and participant of a vote key; null when the key is not one (participant ids have no ':'). */
export function parseVoteKey(key: string): { element: string; participant: string } | null {
  const at = key.lastIndexOf(':');
  if (at <= 0) return null;
  const participant = key.slice(at + 1);
  if (!PARTICIPANT_ID_PATTERN.test(participant)) return null;
  return { element: key.slice(0, at), participant };
}

export const isVoteValue = (value: unknown): value is VoteValue =>
  typeof value === 'string' && (VOTE_VALUES as readonly string[]).includes(value);

const isText = (value: unknown, max: number) => typeof value === 'string' && [...value].length <= max;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function isComment(value: unknown): value is Comment {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.id === 'string' &&
    typeof c.element === 'string' &&
    typeof c.author === 'string' &&
    isText(c.text, MAP_LIMITS.commentLength) &&
    (c.text as string).trim() !== '' &&
    isTime(c.at) &&
    (c.editedAt === undefined || isTime(c.editedAt))
  );
}

export function isDecisionRecord(value: unknown): value is DecisionRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.value === 'string' &&
    (DECISIONS as readonly string[]).includes(d.value) &&
    (d.reason === undefined || isText(d.reason, MAP_LIMITS.reasonLength)) &&
    typeof d.by === 'string' &&
    isTime(d.at)
  );
}

export function isPersonRecord(value: unknown): value is PersonRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const p = value as Record<string, unknown>;
  return isText(p.name, MAP_LIMITS.nameLength) && typeof p.color === 'string' && (ROLES as readonly string[]).includes(p.role as string);
}

// ---------------------------------------------------------------------------------------------------------
// Reading. Readers skip entries in a shape they do not know (an older client's, or a refused one's).

const byTimeThenId = (a: Comment, b: Comment) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The whole discussion, in one pass over each map. */
export function readDiscussion(doc: Y.Doc): Discussion {
  const out = emptyDiscussion();
  for (const [key, value] of votesOf(doc).entries()) {
    const parsed = parseVoteKey(key);
    if (!parsed || !isVoteValue(value)) continue;
    (out.votes[parsed.element] ??= {})[parsed.participant] = value;
  }
  for (const [key, value] of commentsOf(doc).entries()) if (isComment(value) && value.id === key) out.comments.push(value);
  out.comments.sort(byTimeThenId);
  for (const [key, value] of decisionsOf(doc).entries()) if (isDecisionRecord(value)) out.decisions[key] = value;
  for (const [key, value] of peopleOf(doc).entries()) if (isPersonRecord(value)) out.people[key] = value;
  const tallies = roundTallies(readRounds(doc));
  if (Object.keys(tallies).length > 0) out.tallies = tallies;
  return out;
}

/** participant id → name, for everyone the server ever let in as a writer. */
export function namesOf(discussion: Pick<Discussion, 'people'>): Record<string, string> {
  return Object.fromEntries(Object.entries(discussion.people).map(([id, p]) => [id, p.name]));
}

// ---------------------------------------------------------------------------------------------------------
// Writing. Each is one transaction under the writer's own id: the server refuses anything else.

/** Sets `participantId`'s vote on an element; null withdraws it. */
export function castVote(doc: Y.Doc, elementId: string, participantId: string, vote: VoteValue | null, origin?: unknown): void {
  if (!participantId) throw new Error('a vote needs a participant id');
  if (vote !== null && !isVoteValue(vote)) throw new Error(`unknown vote "${String(vote)}"`);
  const key = voteKey(elementId, participantId);
  const votes = votesOf(doc);
  if (vote === null ? !votes.has(key) : votes.get(key) === vote) return;
  doc.transact(() => (vote === null ? votes.delete(key) : votes.set(key, vote)), origin);
}

export type TextCheck = { ok: true; text: string } | { ok: false; error: string };

/** What would be written for `raw`: trimmed, not empty, within `max` characters. */
export function checkText(raw: string, max: number, what: string): TextCheck {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (!text) return { ok: false, error: `The ${what} is empty.` };
  const length = [...text].length;
  if (length > max) return { ok: false, error: `The ${what} is ${length} characters long; the limit is ${max}.` };
  return { ok: true, text };
}

export const checkComment = (raw: string) => checkText(raw, MAP_LIMITS.commentLength, 'comment');

function checkedText(raw: string): string {
  const check = checkComment(raw);
  if (!check.ok) throw new Error(check.error);
  return check.text;
}

/** Posts a comment by `author` and returns it; throws with a clear message when the text is refused. */
export function postComment(
  doc: Y.Doc,
  elementId: string,
  author: string,
  raw: string,
  opts: { id: string; at: number },
  origin?: unknown,
): Comment {
  if (!author) throw new Error('a comment needs an author id');
  const comment: Comment = { id: opts.id, element: elementId, author, text: checkedText(raw), at: opts.at };
  doc.transact(() => commentsOf(doc).set(comment.id, comment), origin);
  return comment;
}

/** Replaces the text of a comment (its author's own); returns false when there is no such comment. */
export function editComment(doc: Y.Doc, commentId: string, raw: string, at: number, origin?: unknown): boolean {
  const current = commentsOf(doc).get(commentId);
  if (!isComment(current)) return false;
  const text = checkedText(raw);
  if (text === current.text) return true;
  doc.transact(() => commentsOf(doc).set(commentId, { ...current, text, editedAt: at }), origin);
  return true;
}

export function deleteComment(doc: Y.Doc, commentId: string, origin?: unknown): boolean {
  if (!commentsOf(doc).has(commentId)) return false;
  doc.transact(() => commentsOf(doc).delete(commentId), origin);
  return true;
}

/** The facilitator's decision on an element, or null to take it back (the votes decide again). */
export function setDecision(doc: Y.Doc, elementId: string, decision: DecisionRecord | null, origin?: unknown): void {
  if (decision !== null) {
    const reason = decision.reason?.trim();
    const record: DecisionRecord = { value: decision.value, by: decision.by, at: decision.at };
    if (reason) record.reason = reason;
    if (!isDecisionRecord(record)) throw new Error(`not a decision: ${JSON.stringify(decision)}`);
    doc.transact(() => decisionsOf(doc).set(elementId, record), origin);
  } else if (decisionsOf(doc).has(elementId)) {
    doc.transact(() => decisionsOf(doc).delete(elementId), origin);
  }
}

/** Records a person in the directory; nothing is written when the entry is unchanged. Server only. */
export function writePerson(doc: Y.Doc, participantId: string, person: PersonRecord, origin?: unknown): boolean {
  const current = peopleOf(doc).get(participantId);
  if (isPersonRecord(current) && current.name === person.name && current.color === person.color && current.role === person.role) return false;
  doc.transact(() => peopleOf(doc).set(participantId, { name: person.name, color: person.color, role: person.role }), origin);
  return true;
}

/** Each element's comments, oldest first (the discussion's order). */
export function commentsByElement(discussion: Pick<Discussion, 'comments'>): Map<string, Comment[]> {
  const out = new Map<string, Comment[]>();
  for (const c of discussion.comments) {
    let list = out.get(c.element);
    if (!list) out.set(c.element, (list = []));
    list.push(c);
  }
  return out;
}
