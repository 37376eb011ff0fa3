'use client';

import { useCallback, useMemo, useState } from 'react';
import type { Positions } from '../../../lib/map/positions';
import type { ClusterMap } from '../../../lib/map/types';

// "Tidy my view" (docs/architecture.md "Activity"): arranging the whole shared map is the facilitator's
// (lib/access/permissions.ts `arrange`), so a participant's tidy lays out only their own screen. The
// positions the canvas computed are laid over the map this person's canvas is given; nothing is written,
// and moves made meanwhile stay on this screen too, until they go back to the shared layout.

export interface PersonalLayout {
  /** The map to draw: `map` with this person's own positions over the shared ones. */
  map: ClusterMap;
  active: boolean;
  /** Starts (or replaces) the personal layout with these positions. */
  use(positions: Positions): void;
  /** A drag while the personal layout is on: it moves there only. */
  move(positions: Positions): void;
  /** Back to the shared layout everyone sees. */
  reset(): void;
}

export function usePersonalLayout(shared: ClusterMap): PersonalLayout {
  const [own, setOwn] = useState<Positions | null>(null);
  const map = useMemo(
    () => (own ? { ...shared, actors: shared.actors.map((a) => (own[a.id] ? { ...a, x: own[a.id].x, y: own[a.id].y } : a)) } : shared),
    [shared, own],
  );
  const use = useCallback((positions: Positions) => setOwn(Object.keys(positions).length ? { ...positions } : null), []);
  const move = useCallback((positions: Positions) => setOwn((current) => (current ? { ...current, ...positions } : current)), []);
  const reset = useCallback(() => setOwn(null), []);
  return { map, active: own !== null, use, move, reset };
}
