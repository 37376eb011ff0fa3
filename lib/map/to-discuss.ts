import type { Agreement, AgreementStatus } from './agreement';
import type { Comment } from './discussion';

// What the group should talk about next: contested elements, and elements with comments this person has not
// read yet. Pure, so the "To discuss" list and its tests share one definition.

export interface DiscussItem {
  id: string;
  status: AgreementStatus;
  comments: number;
  /** Comments this person has not seen yet (written by others after `seen`). */
  unread: number;
}

/**
 * Contested first, then by unread count, then by id. `seen` maps element id → how many of its comments were
 * read. Only elements of the map appear: the agreement lists exactly those.
 */
export function toDiscuss(
  agreement: Pick<Agreement, 'elements'>,
  comments: ReadonlyMap<string, readonly Comment[]>,
  seen: Readonly<Record<string, number>>,
  me: string | null,
): DiscussItem[] {
  const items: DiscussItem[] = [];
  for (const e of agreement.elements) {
    const thread = comments.get(e.id) ?? [];
    const unread = thread.slice(seen[e.id] ?? 0).filter((c) => c.author !== me).length;
    if (e.status !== 'contested' && unread === 0) continue;
    items.push({ id: e.id, status: e.status, comments: thread.length, unread });
  }
  const rank = (i: DiscussItem) => (i.status === 'contested' ? 0 : 1);
  return items.sort((a, b) => rank(a) - rank(b) || b.unread - a.unread || (a.id < b.id ? -1 : 1));
}
