'use client';

import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { agreementStatus, castVote, postComment, tally, toDiscuss, type DiscussItem } from '../../../lib/map/discussion';
import { newId } from '../../../lib/map/ids';
import type { ClusterMap } from '../../../lib/map/types';
import type { Role, VerifiedIdentity } from '../../../lib/sync/protocol';
import { CommentThread } from './CommentThread';
import type { DiscussionMark } from './cyMarks';
import { useSeenComments } from './seen';
import { useDiscussion } from './useDiscussion';
import { THREADS_ORIGIN, usePreparedThreads } from './usePreparedThreads';
import { VoteButtons } from './VoteButtons';

/** Votes and comments are not map edits: their own origin keeps them out of the person's undo history. */
const DISCUSSION_ORIGIN = THREADS_ORIGIN;

export interface WorkshopDiscussion {
  /** What the canvas marks on each element. */
  marks: ReadonlyMap<string, DiscussionMark>;
  /** Contested elements and those with comments new to this person. */
  toDiscuss: DiscussItem[];
  renderVotes(elementId: string): ReactNode;
  renderComments(elementId: string): ReactNode;
}

/**
 * Everything the workshop page needs for votes and comments. `canDiscuss`: this person may vote and
 * comment now (not an observer, synced, and the map not locked for them).
 */
export function useWorkshopDiscussion({
  workshop,
  doc,
  map,
  identity,
  role,
  canDiscuss,
  selection,
}: {
  workshop: string;
  doc: Y.Doc | null;
  map: ClusterMap;
  identity: VerifiedIdentity | null;
  role: Role | null;
  canDiscuss: boolean;
  selection: string[];
}): WorkshopDiscussion {
  const { byElement, people } = useDiscussion(doc);
  const { seen, markSeen } = useSeenComments(workshop);
  const me = identity?.id ?? null;
  usePreparedThreads(doc, map, identity?.id, role, canDiscuss);

  const exists = useMemo(() => {
    const ids = new Set([...map.actors.map((a) => a.id), ...map.ties.map((t) => t.id)]);
    return (id: string) => ids.has(id);
  }, [map]);

  // The thread on screen is read: its comments stop counting as new.
  const shown = selection.length === 1 ? selection[0] : null;
  const shownCount = shown ? (byElement.get(shown)?.comments.length ?? 0) : 0;
  useEffect(() => {
    if (shown && exists(shown)) markSeen(shown, shownCount);
  }, [shown, shownCount, exists, markSeen]);

  const marks = useMemo(() => {
    const out = new Map<string, DiscussionMark>();
    for (const d of byElement.values()) {
      const unread = d.comments.slice(seen[d.id] ?? 0).filter((c) => c.author !== me).length;
      out.set(d.id, { status: d.status, comments: d.comments.length, unread: d.id === shown ? 0 : unread });
    }
    return out;
  }, [byElement, seen, me, shown]);

  const items = useMemo(() => toDiscuss(byElement, seen, me, exists), [byElement, seen, me, exists]);

  const person = useMemo(() => (identity ? { id: identity.id, name: identity.name } : null), [identity]);

  const vote = useCallback(
    (elementId: string, value: Parameters<typeof castVote>[3]) => {
      if (!doc || !person || !canDiscuss) return;
      castVote(doc, elementId, person, value, DISCUSSION_ORIGIN);
    },
    [doc, person, canDiscuss],
  );

  const post = useCallback(
    (elementId: string, text: string): string | null => {
      if (!doc || !person || !canDiscuss) return 'You cannot comment right now.';
      try {
        postComment(doc, elementId, person, text, { id: newId('c'), at: Date.now() }, DISCUSSION_ORIGIN);
        return null;
      } catch (err) {
        return err instanceof Error ? err.message : String(err);
      }
    },
    [doc, person, canDiscuss],
  );

  const renderVotes = useCallback(
    (elementId: string) => {
      const d = byElement.get(elementId);
      const votes = d?.votes ?? {};
      const t = d?.tally ?? tally({});
      return <VoteButtons votes={votes} tally={t} status={d?.status ?? agreementStatus(t)} people={people} me={me} canVote={canDiscuss} onVote={(v) => vote(elementId, v)} />;
    },
    [byElement, people, me, canDiscuss, vote],
  );

  const renderComments = useCallback(
    (elementId: string) => (
      <CommentThread
        elementId={elementId}
        comments={byElement.get(elementId)?.comments ?? []}
        people={people}
        me={me}
        canComment={canDiscuss}
        onPost={(text) => post(elementId, text)}
      />
    ),
    [byElement, people, me, canDiscuss, post],
  );

  return { marks, toDiscuss: items, renderVotes, renderComments };
}
