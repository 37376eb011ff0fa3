'use client';

import { useMemo, useState } from 'react';
import { agreedMap } from '../../../lib/map/agreement';
import type { Discussion } from '../../../lib/map/discussion';
import { goalsOf, withGoal } from '../../../lib/map/goals';
import type { ActorType, ClusterMap, TieKind } from '../../../lib/map/types';

const toggled = <T,>(set: ReadonlySet<T>, v: T) => {
  const next = new Set(set);
  if (next.has(v)) next.delete(v);
  else next.add(v);
  return next;
};

/**
 * This person's view of the map: actor types and tie kinds hidden in the legend, the agreed map only, one
 * Net-Map goal. The document is untouched; nobody else's screen changes.
 */
export function useMapFilters(map: ClusterMap, discussion: Discussion) {
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<ActorType>>(new Set());
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<TieKind>>(new Set());
  const [agreedOnly, setAgreedOnly] = useState(false);
  const [goal, setGoal] = useState<string | null>(null);

  const shownMap = useMemo(() => {
    const agreed = agreedOnly ? agreedMap(map, discussion) : map;
    return goal ? withGoal(agreed, goal) : agreed;
  }, [map, discussion, agreedOnly, goal]);
  const goals = useMemo(() => goalsOf(map), [map]);
  const counts = useMemo(() => {
    const types: Record<string, number> = {};
    const kinds: Record<string, number> = {};
    for (const a of map.actors) types[a.type] = (types[a.type] ?? 0) + 1;
    for (const t of map.ties) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
    return { types, kinds };
  }, [map]);

  return {
    shownMap,
    goals,
    counts,
    hiddenTypes,
    hiddenKinds,
    agreedOnly,
    setAgreedOnly,
    goal,
    setGoal,
    toggleType: (t: ActorType) => setHiddenTypes((s) => toggled(s, t)),
    toggleKind: (k: TieKind) => setHiddenKinds((s) => toggled(s, k)),
    showAll: () => {
      setHiddenTypes(new Set());
      setHiddenKinds(new Set());
      setGoal(null);
    },
  };
}

export type MapFilters = ReturnType<typeof useMapFilters>;
