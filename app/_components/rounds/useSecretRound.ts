'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { may } from '../../../lib/access/permissions';
import { openRound, readRounds, roundsOf, type RoundRecord } from '../../../lib/map/rounds';
import type { EditingMode, VoteValue } from '../../../lib/map/types';
import type { Ack, Role } from '../../../lib/sync/protocol';
import type { RoundClient } from '../../../lib/sync/round-client';
import { wordRefusal } from '../model/serverWords';

// The page's side of a secret round (docs/protocol.md P18). What the round is comes from the document (the
// server writes it); how many people voted and this person's own ballots come from the server's round
// messages (provider.rounds), never from the document, which holds no ballot.

export interface SecretRound {
  /** The open round, or null. */
  open: RoundRecord | null;
  inRound(elementId: string): boolean;
  /** How many distinct people voted on the element in the open round. */
  countOf(elementId: string): number;
  /** How many distinct elements have at least one ballot. */
  votedElements: number;
  /** This person's own ballot on the element, as the server confirmed it. */
  mineOf(elementId: string): VoteValue | undefined;
  canVote: boolean;
  /** May open and close rounds (the facilitator). */
  canRun: boolean;
  busy: boolean;
  /** The last refusal, in the reader's language. */
  error: string | null;
  openOn(elements: readonly string[]): void;
  close(): void;
  cast(elementId: string, value: VoteValue): void;
}

export function useSecretRound({
  doc,
  rounds,
  role,
  editing,
  live,
}: {
  doc: Y.Doc | null;
  rounds: RoundClient | null;
  role: Role | null;
  editing: EditingMode;
  /** Synced, connected and not showing a checkpoint. */
  live: boolean;
}): SecretRound {
  const t = useTranslations();
  const [open, setOpen] = useState<RoundRecord | null>(null);
  const [, setTick] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!doc) return setOpen(null);
    const read = () => setOpen(openRound(readRounds(doc)));
    read();
    const map = roundsOf(doc);
    map.observe(read);
    return () => map.unobserve(read);
  }, [doc]);

  useEffect(() => {
    if (!rounds) return;
    const bump = () => setTick((n) => n + 1);
    rounds.on('change', bump);
    return () => void rounds.off('change', bump);
  }, [rounds]);

  const members = useMemo(() => new Set(open?.elements ?? []), [open]);
  const counts = open && rounds ? rounds.counts(open.id) : {};
  const mine = open && rounds ? rounds.mine(open.id) : {};

  const answer = useCallback(
    (pending: Promise<Ack>) => {
      setBusy(true);
      setError(null);
      pending.then(
        (ack) => {
          setBusy(false);
          if (!ack.ok) setError(wordRefusal(t, { code: ack.code, reason: ack.reason, text: ack.error }));
        },
        () => {
          setBusy(false);
          setError(t('errors.unknown'));
        },
      );
    },
    [t],
  );

  const ok = live && rounds !== null && role !== null;
  return {
    open,
    inRound: (id) => members.has(id),
    countOf: (id) => counts[id] ?? 0,
    votedElements: Object.keys(counts).length,
    mineOf: (id) => mine[id],
    canVote: ok && open !== null && may({ role: role! }, editing, 'discuss'),
    canRun: ok && may({ role: role! }, editing, 'runRound'),
    busy,
    error,
    openOn: (elements) => rounds && answer(rounds.open(elements)),
    close: () => rounds && open && answer(rounds.close(open.id)),
    cast: (elementId, value) => rounds && open && answer(rounds.cast(open.id, elementId, value)),
  };
}
