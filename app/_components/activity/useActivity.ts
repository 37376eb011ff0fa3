'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { wordError } from '../model/serverWords';
import type { ActivityEntry } from '../../../lib/activity/types';
import type { WorkshopProvider } from '../../../lib/sync/provider';
import { activityApi } from './activityApi';

// The workshop's activity feed in the page (docs/architecture.md "Activity"): the newest page from the
// API, then every entry the server pushes (docs/protocol.md P15); after a reconnect the newest page again,
// since pushes are not replayed.

const PAGE = 50;

export interface ActivityFeed {
  /** Newest first, no seq twice. */
  entries: ActivityEntry[];
  /** Older entries exist on the server. */
  more: boolean;
  loadOlder(): void;
  /** The last entry pushed live since the page opened (for the notice), or null. */
  latest: ActivityEntry | null;
  error: string | null;
}

function merged(current: ActivityEntry[], incoming: ActivityEntry[]): ActivityEntry[] {
  const bySeq = new Map(current.map((e) => [e.seq, e]));
  for (const e of incoming) bySeq.set(e.seq, e);
  return [...bySeq.values()].sort((a, b) => b.seq - a.seq);
}

export function useActivity(workshop: string, apiKey: string, provider: WorkshopProvider | null): ActivityFeed {
  const t = useTranslations();
  const list = useMemo(() => activityApi(workshop, apiKey), [workshop, apiKey]);
  const [entries, setEntries] = useState<ActivityEntry[]>([]);
  const [more, setMore] = useState(false);
  const [latest, setLatest] = useState<ActivityEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  // "Older entries exist" comes from the first page; a reload after a reconnect only fills in what was missed.
  const firstPage = useRef(true);

  const loadNewest = useCallback(() => {
    list({ limit: PAGE }).then(
      (page) => {
        setEntries((current) => merged(current, page.entries));
        if (firstPage.current) setMore(page.more);
        firstPage.current = false;
        setError(null);
      },
      (err: unknown) => setError(wordError(t, err)),
    );
  }, [list, t]);

  useEffect(() => {
    setEntries([]);
    firstPage.current = true;
    loadNewest();
    if (!provider) return;
    const onEntry = (entry: ActivityEntry) => {
      setEntries((current) => merged(current, [entry]));
      setLatest(entry);
    };
    provider.on('activity', onEntry);
    provider.on('welcome', loadNewest);
    return () => {
      provider.off('activity', onEntry);
      provider.off('welcome', loadNewest);
    };
  }, [provider, loadNewest]);

  const oldest = entries[entries.length - 1]?.seq;
  const loadOlder = useCallback(() => {
    if (oldest === undefined) return;
    list({ before: oldest, limit: PAGE }).then(
      (page) => {
        setEntries((current) => merged(current, page.entries));
        setMore(page.more);
      },
      (err: unknown) => setError(wordError(t, err)),
    );
  }, [list, oldest, t]);

  return { entries, more, loadOlder, latest, error };
}
