// Knowledge roles in the cluster (Giuliani & Bell 2005): how each local actor takes part in the local
// knowledge network, and whether it opens the cluster to knowledge from outside.

import type { ClusterBase } from './cluster';
import type { KnowledgeRole } from './types';

export interface KnowledgeProfile {
  /** Role per global index; null for external actors. */
  role: (KnowledgeRole | null)[];
  out: Int32Array;
  in: Int32Array;
  /** External openness: distinct external knowledge partners. */
  eo: Int32Array;
  means: { eo: number; out: number; in: number };
}

export function knowledgeRoles(c: ClusterBase): KnowledgeProfile {
  const { n, isLocal, local } = c;
  const { outOffsets, out, inOffsets, inn } = c.knowledgeArcs;
  const outCount = new Int32Array(n);
  const inCount = new Int32Array(n);
  const eo = new Int32Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (const v of local) {
    for (let p = outOffsets[v]; p < outOffsets[v + 1]; p++) {
      const w = out[p];
      if (isLocal[w]) outCount[v]++;
      else if (mark[w] !== v) {
        mark[w] = v;
        eo[v]++;
      }
    }
    for (let p = inOffsets[v]; p < inOffsets[v + 1]; p++) {
      const w = inn[p];
      if (isLocal[w]) inCount[v]++;
      else if (mark[w] !== v) {
        mark[w] = v;
        eo[v]++;
      }
    }
  }
  const mean = (a: Int32Array) => (local.length ? local.reduce((s, v) => s + a[v], 0) / local.length : 0);
  const means = { eo: mean(eo), out: mean(outCount), in: mean(inCount) };
  const role: (KnowledgeRole | null)[] = new Array(n).fill(null);
  for (const v of local) {
    const highEo = eo[v] > means.eo && eo[v] > 0;
    if (highEo && outCount[v] >= means.out && outCount[v] > 0) role[v] = 'gatekeeper';
    else if (highEo) role[v] = 'external_star';
    else if (outCount[v] === 0 && inCount[v] === 0) role[v] = 'isolated';
    else if (outCount[v] >= means.out && inCount[v] >= means.in && outCount[v] > 0 && inCount[v] > 0)
      role[v] = 'mutual_exchanger';
    else role[v] = 'weakly_connected';
  }
  return { role, out: outCount, in: inCount, eo, means };
}
