// Gould & Fernandez (1989) brokerage: v brokers a → v → b when there is no a → b, and the role depends on
// which groups a, v and b belong to.

import type { Digraph } from './graph';
import { BROKERAGE_ROLES, type BrokerageCounts, type BrokerageRole } from './types';

export const ROLE_INDEX: Record<BrokerageRole, number> = {
  coordinator: 0,
  itinerant: 1,
  gatekeeper: 2,
  representative: 3,
  liaison: 4,
};

/** The ROLE_INDEX of v's role in a → v → b given the three groups; a number so the counting loop never
 * touches strings. */
function roleIndex(ga: number, gv: number, gb: number): number {
  if (ga === gv) return gv === gb ? ROLE_INDEX.coordinator : ROLE_INDEX.representative;
  if (gv === gb) return ROLE_INDEX.gatekeeper;
  return ga === gb ? ROLE_INDEX.itinerant : ROLE_INDEX.liaison;
}

/** The role of v in a → v → b given the three groups (coordinator A→A→A ... liaison A→B→C). */
export const brokerageRole = (ga: number, gv: number, gb: number): BrokerageRole => BROKERAGE_ROLES[roleIndex(ga, gv, gb)];

/**
 * Counts, for every node and every partition, the ordered pairs (a, b) it brokers in each role.
 * Result: one Int32Array per partition, 5 entries per node in ROLE_INDEX order.
 */
export function brokerageCounts(d: Digraph, partitions: Int32Array[]): Int32Array[] {
  const { n, outOffsets, out } = d;
  const counts = partitions.map(() => new Int32Array(n * 5));
  // Walk every two-step path a → v → b from its start a, with a's out-neighbours marked once per a
  // (mark[b] === a + 1): an O(1) test for the arc a → b that would close the path.
  const mark = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    for (let q = outOffsets[a]; q < outOffsets[a + 1]; q++) mark[out[q]] = a + 1;
    for (let p = outOffsets[a]; p < outOffsets[a + 1]; p++) {
      const v = out[p];
      for (let q = outOffsets[v]; q < outOffsets[v + 1]; q++) {
        const b = out[q];
        if (b === a || mark[b] === a + 1) continue;
        for (let k = 0; k < partitions.length; k++) {
          const g = partitions[k];
          counts[k][v * 5 + roleIndex(g[a], g[v], g[b])]++;
        }
      }
    }
  }
  return counts;
}

/** v's counts as a report object: a literal, so every actor's counts share one shape (keys in role order). */
export function countsOf(counts: Int32Array, v: number): BrokerageCounts {
  const at = v * 5;
  const coordinator = counts[at + ROLE_INDEX.coordinator];
  const itinerant = counts[at + ROLE_INDEX.itinerant];
  const gatekeeper = counts[at + ROLE_INDEX.gatekeeper];
  const representative = counts[at + ROLE_INDEX.representative];
  const liaison = counts[at + ROLE_INDEX.liaison];
  const total = coordinator + itinerant + gatekeeper + representative + liaison;
  return { coordinator, itinerant, gatekeeper, representative, liaison, total };
}
