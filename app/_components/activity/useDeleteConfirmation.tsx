'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { labelFor } from '../../../lib/map/labels';
import { deleteScope, othersIn, type DeleteScope } from '../../../lib/activity/delete-scope';
import type { ClusterMap } from '../../../lib/map/types';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';

export interface DeleteConfirmation {
  /** Runs `remove` at once when everything `ids` takes is this person's own; else asks first. */
  ask(ids: string[], remove: () => void): void;
  /** The question, while it is asked (place it once in the page). */
  dialog: ReactNode;
}

/**
 * Deleting what someone else made asks first (docs/architecture.md "Activity"). "Someone else" is what the
 * server vouches for: `createdBy` is refused unless it is the writer's own (docs/protocol.md P14); an
 * element without one was on the map from the start, and is nobody's own either.
 */
export function useDeleteConfirmation(map: ClusterMap, me: string | null, names: Readonly<Record<string, string>>): DeleteConfirmation {
  const t = useTranslations();
  const [asked, setAsked] = useState<{ scope: DeleteScope; makers: Array<string | null>; remove: () => void } | null>(null);

  const ask = useCallback(
    (ids: string[], remove: () => void) => {
      const scope = deleteScope(map, ids);
      const others = othersIn(scope, me ?? undefined);
      if (others.length === 0) return remove();
      setAsked({ scope, makers: others.map((o) => (o.by === null ? null : (names[o.by] ?? t('activity.someoneElse')))), remove });
    },
    [map, me, names, t],
  );

  const locale = useLocale();
  const labels = useMemo(() => new Map(map.actors.map((a) => [a.id, labelFor(a, locale)])), [map, locale]);
  const dialog = asked ? (
    <ConfirmDeleteDialog
      scope={asked.scope}
      makers={asked.makers}
      actorLabel={(id) => labels.get(id) ?? id}
      onCancel={() => setAsked(null)}
      onConfirm={() => {
        setAsked(null);
        asked.remove();
      }}
    />
  ) : null;
  return { ask, dialog };
}
