// Leydesdorff's triple-helix synergy: the mutual information among the university, industry and
// government spheres, T = H_u + H_i + H_g − H_ui − H_ug − H_ig + H_uig. Negative T means the spheres
// reduce each other's uncertainty (synergy).

import type { ClusterBase } from './cluster';
import { msg } from './messages';
import type { TripleHelixReport } from './types';

const entropy = (counts: number[], total: number) => {
  let h = 0;
  for (const k of counts) if (k > 0) h -= (k / total) * Math.log2(k / total);
  return h;
};

export function tripleHelix(c: ClusterBase): TripleHelixReport {
  const sphere = new Uint8Array(c.n);
  for (const a of c.model.actors) {
    if (a.type === 'university' || a.type === 'research') sphere[a.index] = 1;
    else if (a.type === 'firm') sphere[a.index] = 2;
    else if (a.type === 'government') sphere[a.index] = 4;
  }
  // cell = bits u(1) i(2) g(4) touched by the tie's two ends.
  const cells = new Array<number>(8).fill(0);
  let total = 0;
  const { offsets, adj } = c.all;
  for (let u = 0; u < c.n; u++) {
    for (let p = offsets[u]; p < offsets[u + 1]; p++) {
      const v = adj[p];
      if (v < u) continue;
      const cell = sphere[u] | sphere[v];
      if (!cell) continue;
      cells[cell]++;
      total++;
    }
  }
  if (total === 0)
    return {
      T: null,
      ties: 0,
      entropies: null,
      synergy: false,
      explanation: 'No tie touches a university or research institute, a firm or a government body: T is undefined.',
      i18n: { explanation: msg('tripleHelix.undefined') },
    };
  const marginal = (mask: number) => {
    const groups = new Map<number, number>();
    cells.forEach((k, cell) => groups.set(cell & mask, (groups.get(cell & mask) ?? 0) + k));
    return entropy([...groups.values()], total);
  };
  const e = { u: marginal(1), i: marginal(2), g: marginal(4), ui: marginal(3), ug: marginal(5), ig: marginal(6), uig: marginal(7) };
  const raw = e.u + e.i + e.g - e.ui - e.ug - e.ig + e.uig;
  // Entropies of identical distributions cancel only up to rounding: report those as exactly 0.
  const T = Math.abs(raw) < 1e-12 ? 0 : raw;
  const synergy = T < 0;
  // A sphere with zero entropy (in all ties or in none) carries no information, and T collapses to 0.
  const absent = ([['u', 'university/research'], ['i', 'industry'], ['g', 'government']] as const).filter(([k]) => e[k] === 0);
  const missing = absent.map(([, name]) => name);
  const values = { T, ties: total };
  return {
    T,
    ties: total,
    entropies: e,
    synergy,
    explanation: synergy
      ? `T = ${T.toFixed(3)} bits over ${total} ties: negative, so the university, industry and government spheres are woven together (synergy).`
      : missing.length
        ? `T = ${T.toFixed(3)} bits over ${total} ties: ${missing.join(' and ')} ${missing.length === 1 ? 'takes' : 'take'} part in every tie or in none, so the three spheres cannot reduce each other's uncertainty (no synergy).`
        : `T = ${T.toFixed(3)} bits over ${total} ties: not negative, so no triple-helix synergy shows in the ties.`,
    i18n: {
      explanation: synergy
        ? msg('tripleHelix.synergy', values)
        : missing.length
          ? msg('tripleHelix.no_synergy.missing', { ...values, spheres: absent.map(([k]) => k) })
          : msg('tripleHelix.no_synergy', values),
    },
  };
}
