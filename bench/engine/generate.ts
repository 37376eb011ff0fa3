// A seeded generator of realistic cluster maps: mostly local firms, a few knowledge organisations and
// institutions, external buyers and partners; ties = 5 × actors with a plausible mix of kinds.

import { DEFAULT_STAGES } from '../../lib/map/default-stages';
import type { Actor, ActorType, ClusterMap, GvcLevel, Tie, TieKind } from '../../lib/map/types';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: () => number, options: [T, number][]): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of options) {
    r -= w;
    if (r < 0) return value;
  }
  return options[options.length - 1][0];
}

const TYPE_MIX: [ActorType, number][] = [
  ['firm', 70],
  ['university', 3],
  ['research', 4],
  ['government', 3],
  ['finance', 4],
  ['intermediary', 4],
  ['association', 3],
  ['other', 2],
];
const KIND_MIX: [TieKind, number][] = [
  ['knowledge', 30],
  ['supply', 30],
  ['finance', 8],
  ['policy', 7],
  ['service', 10],
  ['social', 15],
];

export function generateMap(actorCount: number, seed = 42, tiesPerActor = 5): ClusterMap {
  const random = rng(seed);
  const pad = String(actorCount).length;
  const actors: Actor[] = [];
  for (let i = 0; i < actorCount; i++) {
    const type = weighted(random, TYPE_MIX);
    const stages = DEFAULT_STAGES.filter(() => random() < 0.25).map((s) => s.id);
    actors.push({
      id: `a${String(i).padStart(pad, '0')}`,
      label: `Actor ${i}`,
      type,
      scope: random() < 0.15 ? 'external' : 'local',
      stages,
    });
  }
  // Preferential attachment-ish: some actors are hubs, as in real clusters.
  const pickActor = () => {
    const r = random();
    return Math.floor(actorCount * r * r);
  };
  const ties: Tie[] = [];
  const level = (): GvcLevel => (random() < 0.5 ? 'low' : 'high');
  const tieCount = actorCount * tiesPerActor;
  for (let i = 0; i < tieCount; i++) {
    const source = pickActor();
    let target = Math.floor(random() * actorCount);
    if (target === source) target = (target + 1) % actorCount;
    const kind = weighted(random, KIND_MIX);
    const tie: Tie = {
      id: `t${String(i).padStart(String(tieCount).length, '0')}`,
      source: actors[source].id,
      target: actors[target].id,
      kind,
      directed: kind === 'knowledge' || kind === 'supply' ? random() < 0.6 : false,
      strength: (1 + Math.floor(random() * 3)) as 1 | 2 | 3,
      tacit: kind === 'knowledge' && random() < 0.4,
    };
    if (kind === 'supply' && random() < 0.7) {
      tie.gvc = { complexity: level(), codifiability: level(), supplierCapability: level() };
      if (random() < 0.05) tie.gvc.sameGroup = true;
    }
    ties.push(tie);
  }
  return {
    meta: { title: `Generated cluster of ${actorCount} actors (seed ${seed})` },
    stages: DEFAULT_STAGES.map((s) => ({ ...s })),
    actors,
    ties,
  };
}
