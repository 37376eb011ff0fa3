// Small builders for hand-made cluster maps in the engine's tests.
import type { Actor, ActorType, ClusterMap, GvcAttributes, Scope, Stage, Tie, TieKind } from '../../../lib/map/types';

export function actor(id: string, type: ActorType = 'firm', scope: Scope = 'local', stages: string[] = []): Actor {
  return { id, label: id, type, scope, stages };
}

let counter = 0;
export function tie(
  source: string,
  target: string,
  kind: TieKind = 'social',
  opts: Partial<Pick<Tie, 'directed' | 'tacit' | 'id'>> & { gvc?: GvcAttributes } = {},
): Tie {
  counter++;
  return {
    id: opts.id ?? `t_${source}_${target}_${kind}_${counter}`,
    source,
    target,
    kind,
    directed: opts.directed ?? false,
    strength: 2,
    tacit: opts.tacit ?? false,
    ...(opts.gvc ? { gvc: opts.gvc } : {}),
  };
}

export function mapOf(actors: Actor[], ties: Tie[] = [], stages: Stage[] = [], weights?: Record<string, number>): ClusterMap {
  return { meta: { title: 'test', ...(weights ? { weights } : {}) }, stages, actors, ties };
}

/** Ties of one kind along a list of pairs "a-b". */
export function ties(kind: TieKind, ...pairs: string[]): Tie[] {
  return pairs.map((p) => {
    const [a, b] = p.split('-');
    return tie(a, b, kind, { id: `${kind}:${p}` });
  });
}
