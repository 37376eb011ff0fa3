'use client';

import { useLocale, useTranslations } from 'next-intl';
import { personName } from '../../../lib/i18n/people';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { may } from '../../../lib/access/permissions';
import { agreementOf, tally, type Agreement, type ElementAgreement } from '../../../lib/map/agreement';
import { castVote, commentsByElement, deleteComment, editComment, namesOf, postComment, setDecision, type Discussion } from '../../../lib/map/discussion';
import { newId } from '../../../lib/map/ids';
import { toDiscuss, type DiscussItem } from '../../../lib/map/to-discuss';
import type { ClusterMap, Decision, EditingMode, VoteValue } from '../../../lib/map/types';
import type { Role, VerifiedIdentity } from '../../../lib/sync/protocol';
import type { RoundClient } from '../../../lib/sync/round-client';
import { DecisionControl } from '../agreement/DecisionControl';
import { RoundControl } from '../rounds/RoundControl';
import { SecretBallot } from '../rounds/SecretBallot';
import { useSecretRound, type SecretRound } from '../rounds/useSecretRound';
import { CommentThread } from './CommentThread';
import type { DiscussionMark } from './cyMarks';
import { useSeenComments } from './seen';
import { VoteButtons } from './VoteButtons';

/** Votes, comments and decisions are not map edits: their own origin keeps them out of the person's undo history. */
export const DISCUSSION_ORIGIN = { who: 'discussion' };

export interface WorkshopDiscussion {
  agreement: Agreement;
  /** What the canvas marks on each element. */
  marks: ReadonlyMap<string, DiscussionMark>;
  /** Contested elements and those with comments new to this person. */
  toDiscuss: DiscussItem[];
  /** participant id → name. */
  names: Readonly<Record<string, string>>;
  renderVotes(elementId: string): ReactNode;
  renderDecision(elementId: string): ReactNode;
  renderComments(elementId: string): ReactNode;
  /** The open secret round, if any (docs/protocol.md P18). */
  round: SecretRound;
  /** The facilitator's controls to open and close a secret round (the Agreement panel shows them). */
  roundControl: ReactNode;
}

/** Runs a write that may refuse its input (an empty comment); returns the message to show, or null. */
function attempt(write: () => void): string | null {
  try {
    write();
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Everything the workshop page needs for votes, comments and decisions. What this person may do comes from
 * the one permissions module (lib/access/permissions.ts), the same answer the server gives. `readOnly`:
 * a checkpoint is being viewed, so nothing can be written whatever the role.
 */
export function useWorkshopDiscussion({
  workshop,
  doc,
  map,
  discussion,
  identity,
  role,
  editing,
  synced,
  readOnly,
  selection,
  rounds,
}: {
  workshop: string;
  doc: Y.Doc | null;
  map: ClusterMap;
  discussion: Discussion;
  identity: VerifiedIdentity | null;
  role: Role | null;
  editing: EditingMode;
  synced: boolean;
  readOnly: boolean;
  selection: string[];
  /** The provider's secret-round client (provider.rounds), null before it exists. */
  rounds: RoundClient | null;
}): WorkshopDiscussion {
  const t = useTranslations();
  const { seen, markSeen } = useSeenComments(workshop);
  const me = identity?.id ?? null;
  const live = synced && !readOnly && role !== null;
  const canDiscuss = live && may({ role: role! }, editing, 'discuss');
  const canModerate = live && may({ role: role! }, editing, 'moderate');
  const canDecide = live && may({ role: role! }, editing, 'decide');

  const round = useSecretRound({ doc: readOnly ? null : doc, rounds, role, editing, live });
  const agreement = useMemo(() => agreementOf(map, discussion), [map, discussion]);
  const byElement = useMemo(() => new Map<string, ElementAgreement>(agreement.elements.map((e) => [e.id, e])), [agreement]);
  const comments = useMemo(() => commentsByElement(discussion), [discussion]);
  // People's names for this reader: a server-given "Guest 3" in their language (lib/i18n/people.ts).
  const locale = useLocale();
  const names = useMemo(() => Object.fromEntries(Object.entries(namesOf(discussion)).map(([id, name]) => [id, personName(name, locale)])), [discussion, locale]);

  // The thread on screen is read: its comments stop counting as new.
  const shown = selection.length === 1 ? selection[0] : null;
  const shownCount = shown ? (comments.get(shown)?.length ?? 0) : 0;
  useEffect(() => {
    if (shown && byElement.has(shown)) markSeen(shown, shownCount);
  }, [shown, shownCount, byElement, markSeen]);

  const marks = useMemo(() => {
    const out = new Map<string, DiscussionMark>();
    for (const e of agreement.elements) {
      const thread = comments.get(e.id) ?? [];
      const unread = thread.slice(seen[e.id] ?? 0).filter((c) => c.author !== me).length;
      out.set(e.id, { status: e.status, comments: thread.length, unread: e.id === shown ? 0 : unread });
    }
    return out;
  }, [agreement, comments, seen, me, shown]);

  const items = useMemo(() => toDiscuss(agreement, comments, seen, me), [agreement, comments, seen, me]);

  const vote = useCallback(
    (elementId: string, value: VoteValue | null) => {
      if (doc && me && canDiscuss) castVote(doc, elementId, me, value, DISCUSSION_ORIGIN);
    },
    [doc, me, canDiscuss],
  );

  const renderVotes = useCallback(
    (elementId: string) => {
      // In an open secret round the buttons cast a ballot to the server, not a vote into the document.
      if (round.inRound(elementId)) return <SecretBallot elementId={elementId} round={round} />;
      const e = byElement.get(elementId);
      const votes = discussion.votes[elementId] ?? {};
      return (
        <VoteButtons
          votes={votes}
          tally={e?.tally ?? tally(votes)}
          status={e?.status ?? 'too_few'}
          rules={agreement.rules}
          decided={e?.decided ?? false}
          people={names}
          me={me}
          canVote={canDiscuss && !e?.secret}
          secret={e?.secret ?? false}
          onVote={(v) => vote(elementId, v)}
        />
      );
    },
    [byElement, discussion, agreement.rules, names, me, canDiscuss, vote, round],
  );

  const renderDecision = useCallback(
    (elementId: string) => {
      const decision = discussion.decisions[elementId];
      return (
        <DecisionControl
          elementId={elementId}
          decision={decision}
          canDecide={canDecide}
          decidedBy={decision ? (names[decision.by] ?? null) : null}
          onDecide={(value: Decision | null, reason: string) =>
            doc && me && setDecision(doc, elementId, value ? { value, reason, by: me, at: Date.now() } : null, DISCUSSION_ORIGIN)
          }
        />
      );
    },
    [discussion, canDecide, names, doc, me],
  );

  const renderComments = useCallback(
    (elementId: string) => (
      <CommentThread
        elementId={elementId}
        comments={comments.get(elementId) ?? []}
        people={names}
        me={me}
        canComment={canDiscuss}
        canModerate={canModerate}
        onPost={(text) => (doc && me && canDiscuss ? attempt(() => postComment(doc, elementId, me, text, { id: newId('c'), at: Date.now() }, DISCUSSION_ORIGIN)) : t('comments.cannot'))}
        onEdit={(commentId, text) => (doc ? attempt(() => editComment(doc, commentId, text, Date.now(), DISCUSSION_ORIGIN)) : null)}
        onDelete={(commentId) => doc && deleteComment(doc, commentId, DISCUSSION_ORIGIN)}
      />
    ),
    [comments, names, me, canDiscuss, canModerate, doc, t],
  );

  const elements = useMemo(() => new Set([...map.actors.map((a) => a.id), ...map.ties.map((x) => x.id)]), [map]);
  const roundControl = <RoundControl round={round} selected={selection.filter((id) => elements.has(id))} />;
  return { agreement, marks, toDiscuss: items, names, renderVotes, renderDecision, renderComments, round, roundControl };
}
