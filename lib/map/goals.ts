import type { ClusterMap } from './types';

// Net-Map goals: what each actor wants, as free tags. The filter shows who shares a goal.

/** Every goal named on the map, with how many actors hold it, most common first. */
export function goalsOf(map: Pick<ClusterMap, 'actors'>): Array<{ goal: string; count: number }> {
  const counts = new Map<string, number>();
  for (const a of map.actors) for (const g of new Set(a.goals ?? [])) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts].map(([goal, count]) => ({ goal, count })).sort((a, b) => b.count - a.count || (a.goal < b.goal ? -1 : 1));
}

/** The actors that hold `goal`, and the ties among them. */
export function withGoal(map: ClusterMap, goal: string): ClusterMap {
  const actors = map.actors.filter((a) => a.goals?.includes(goal));
  const ids = new Set(actors.map((a) => a.id));
  return { ...map, actors, ties: map.ties.filter((t) => ids.has(t.source) && ids.has(t.target)) };
}
