// The governance index (GI): weighted sub-indicators in [0, 1], each carrying its formula, the numbers
// behind it in plain words, its theory and its elements.

import { fmt, idsOf, INSTITUTION_TYPES, KO_TYPES, pct, plural, typeOf, type Cluster } from './cluster';
import type { GvcSummary } from './gvc-summary';
import { component, indexOf } from './index-components';
import { degreeCentralization } from './measures/centralization';
import { components } from './measures/components';
import { msg } from './messages';
import { triangleMeasures } from './measures/triangles';
import type { IndexReport } from './types';

export interface GiFacts {
  resilience: number;
  /** The top-betweenness local actors whose removal hurts most (empty when no one brokers). */
  pointsOfFailure: string[];
  transitivity: number;
  hasTriple: boolean;
}

export function governanceIndex(c: Cluster, gvc: GvcSummary): { index: IndexReport; facts: GiFacts } {
  const s = c.settings;
  const g = c.localGraph;
  const global = (i: number) => c.local[i];
  const localDegree = (i: number) => g.offsets[i + 1] - g.offsets[i];

  // G1 institutional thickness
  const categories: { code: string; name: string; types: readonly string[] }[] = [
    { code: 'ko', name: 'universities or research institutes', types: KO_TYPES },
    { code: 'government', name: 'government', types: ['government'] },
    { code: 'finance', name: 'finance', types: ['finance'] },
    { code: 'intermediary', name: 'intermediaries', types: ['intermediary'] },
    { code: 'association', name: 'associations', types: ['association'] },
  ];
  const present = categories.map((cat) =>
    c.local.filter((v, i) => cat.types.includes(typeOf(c, v)) && localDegree(i) > 0),
  );
  const presentNames = categories.filter((_, k) => present[k].length).map((cat) => cat.name);
  const absentNames = categories.filter((_, k) => !present[k].length).map((cat) => cat.name);
  const g1 = component(
    c,
    'G1',
    'Institutional thickness',
    presentNames.length / categories.length,
    'share of {KO, government, finance, intermediary, association} present in L with ≥1 local tie',
    `${presentNames.length} of ${categories.length} kinds of institution take part in the local network${presentNames.length ? ` (${presentNames.join(', ')})` : ''}${absentNames.length ? `; missing: ${absentNames.join(', ')}` : ''}.`,
    'Institutional thickness: a dense, interacting set of supporting institutions underpins regional development (Amin & Thrift 1994).',
    idsOf(c, present.flat().sort((a, b) => a - b)),
    msg(presentNames.length ? 'indicator.G1.explanation' : 'indicator.G1.explanation.none', {
      present: presentNames.length,
      kinds: categories.length,
      presentKinds: categories.filter((_, k) => present[k].length).map((cat) => cat.code),
      absentKinds: categories.filter((_, k) => !present[k].length).map((cat) => cat.code),
    }),
  );

  // G2 institutional brokerage
  let total = 0;
  let institutional = 0;
  const brokers: number[] = [];
  for (let i = 0; i < g.n; i++) {
    total += c.localBetweennessRaw[i];
    if (INSTITUTION_TYPES.includes(typeOf(c, global(i)))) {
      institutional += c.localBetweennessRaw[i];
      if (c.localBetweennessRaw[i] > 0) brokers.push(global(i));
    }
  }
  const share = total > 0 ? institutional / total : 0;
  const g2 = component(
    c,
    'G2',
    'Institutional brokerage',
    Math.min(1, share / s.institutionalBrokerageShare),
    `min(1, share of local betweenness held by government/finance/intermediary/association ÷ ${fmt(s.institutionalBrokerageShare)})`,
    total > 0
      ? `Government, finance, intermediaries and associations lie on ${pct(share)} of the shortest paths between local actors; ${pct(s.institutionalBrokerageShare)} counts as full.`
      : 'No local actor lies between two others: there is no brokerage to share.',
    'Bridging institutions connect actors who would not meet otherwise and coordinate collective action (Burt 1992; Howells 2006 on innovation intermediaries).',
    idsOf(c, brokers),
    total > 0 ? msg('indicator.G2.explanation', { share, full: s.institutionalBrokerageShare }) : msg('indicator.G2.explanation.none'),
    { full: s.institutionalBrokerageShare },
  );

  // G3 resilience: the largest local component after losing its most central broker. When several
  // actors share the top betweenness, the one whose loss hurts most counts, so ids cannot change the value.
  const lc = components(g);
  let resilience = 0;
  let remaining = 0;
  let max = 0;
  const worstCase: number[] = [];
  if (g.m > 0) {
    const inLargest = (i: number) => lc.sizes[lc.label[i]] === lc.largest;
    for (let i = 0; i < g.n; i++) if (inLargest(i)) max = Math.max(max, c.localBetweennessRaw[i]);
    const candidates: number[] = [];
    for (let i = 0; i < g.n; i++)
      if (inLargest(i) && c.localBetweennessRaw[i] >= max - 1e-9 * Math.max(1, max)) candidates.push(i);
    // With no betweenness at all the largest components are cliques: losing anyone costs the same.
    let worst = Infinity;
    for (const i of max > 0 ? candidates : candidates.slice(0, 1)) {
      const after = components(g, i).largest;
      if (after < worst) {
        worst = after;
        worstCase.length = 0;
      }
      if (after === worst) worstCase.push(i);
    }
    remaining = worst;
    resilience = Math.min(1, worst / (lc.largest - 1));
  }
  const brokers3 = max > 0 ? idsOf(c, worstCase.map(global)) : [];
  const g3 = component(
    c,
    'G3',
    'Resilience',
    resilience,
    'largest component of G_L without its top-betweenness actor ÷ (largest component of G_L − 1)',
    g.m === 0
      ? 'No tie joins two local actors, so there is no local network to be resilient.'
      : max === 0
        ? `No local actor lies between two others: losing any one leaves the other ${lc.largest - 1} of its group connected.`
        : `Without ${brokers3.join(' or ')}, the most central broker, the largest connected group of local actors falls from ${lc.largest} to ${remaining} (${pct(resilience)} of the ${lc.largest - 1} others stay together).`,
    'A network held together by one broker breaks when it leaves; redundant paths make a cluster resilient (Crespo, Suire & Vicente 2014; Burt 1992 on structural holes).',
    brokers3,
    g.m === 0
      ? msg('indicator.G3.explanation.no_ties')
      : max === 0
        ? msg('indicator.G3.explanation.no_broker', { others: lc.largest - 1 })
        : msg('indicator.G3.explanation', { brokers: brokers3, before: lc.largest, after: remaining, share: resilience, others: lc.largest - 1 }),
  );

  // G4 decentralization
  const centrality = Array.from({ length: g.n }, (_, i) => (g.n > 1 ? localDegree(i) / (g.n - 1) : 0));
  const cd = degreeCentralization(centrality);
  let maxDeg = 0;
  for (let i = 0; i < g.n; i++) maxDeg = Math.max(maxDeg, localDegree(i));
  const topDegree = g.m > 0 ? c.local.filter((_, i) => localDegree(i) === maxDeg) : [];
  const g4 = component(
    c,
    'G4',
    'Decentralization',
    g.m > 0 ? 1 - cd : 0,
    '1 − Freeman degree centralization of G_L; 0 without local ties',
    g.m > 0
      ? `Degree centralization of the local network is ${fmt(cd)} (1 would be a star around ${idsOf(c, topDegree).join(', ')}); decentralization ${fmt(1 - cd)}.`
      : 'No tie joins two local actors.',
    'Polycentric governance spreads decisions over many actors instead of one dominant firm or agency (Freeman 1979; Markusen 1996).',
    idsOf(c, topDegree),
    g.m > 0 ? msg('indicator.G4.explanation', { centralization: cd, top: idsOf(c, topDegree), decentralization: 1 - cd }) : msg('indicator.G4.explanation.none'),
  );

  // G5 closure
  const tri = triangleMeasures(g);
  let triples = 0;
  for (let i = 0; i < g.n; i++) triples += localDegree(i) * (localDegree(i) - 1);
  const g5 = component(
    c,
    'G5',
    'Closure (trust)',
    Math.min(1, tri.transitivity / s.closureTransitivity),
    `min(1, transitivity(G_L) ÷ ${fmt(s.closureTransitivity)})`,
    `${pct(tri.transitivity)} of the local two-step chains are closed into triangles (transitivity ${fmt(tri.transitivity)}); ${fmt(s.closureTransitivity)} counts as full.`,
    'Closed triads let partners monitor and vouch for each other, building trust and shared norms (Coleman 1988; Granovetter 1985).',
    c.local.filter((_, i) => tri.triangles[i] > 0).map((v) => c.model.actors[v].id),
    msg('indicator.G5.explanation', { transitivity: tri.transitivity, full: s.closureTransitivity }),
    { full: s.closureTransitivity },
  );

  // G6 upgrading prospects
  const classified = gvc.classified;
  const meanUpgrading = classified.length ? classified.reduce((sum, t) => sum + t.upgrading, 0) / classified.length : s.upgradingNeutral;
  const mixModes = (['relational', 'modular', 'market', 'captive', 'hierarchy'] as const).filter((m) => gvc.modeMix[m] > 0);
  const mix = mixModes.map((m) => `${gvc.modeMix[m]} ${m}`);
  const g6 = component(
    c,
    'G6',
    'GVC upgrading prospects',
    meanUpgrading,
    `mean upgrading prospect over classified supply ties (relational ${fmt(s.upgradingRelational)} · modular ${fmt(s.upgradingModular)} · market ${fmt(s.upgradingMarket)} · captive ${fmt(s.upgradingCaptive)} · hierarchy ${fmt(s.upgradingHierarchy)}); ${fmt(s.upgradingNeutral)} when none`,
    classified.length
      ? `${plural(classified.length, 'supply tie')} classified (${mix.join(', ')}); mean upgrading prospect ${fmt(meanUpgrading)}.`
      : `No supply tie has its GVC attributes set; the neutral ${fmt(s.upgradingNeutral)} is used.`,
    'How lead firms govern a value chain shapes what suppliers can learn: quasi-hierarchy speeds process and product upgrading but blocks design and marketing (Gereffi, Humphrey & Sturgeon 2005; Humphrey & Schmitz 2002).',
    classified.map((t) => t.id),
    classified.length
      ? msg('indicator.G6.explanation', { count: classified.length, modes: mixModes, counts: mixModes.map((m) => String(gvc.modeMix[m])), mean: meanUpgrading })
      : msg('indicator.G6.explanation.none', { neutral: s.upgradingNeutral }),
    { relational: s.upgradingRelational, modular: s.upgradingModular, market: s.upgradingMarket, captive: s.upgradingCaptive, hierarchy: s.upgradingHierarchy, neutral: s.upgradingNeutral },
  );

  // G7 buyer diversification over the external partners of classified supply ties
  const partnerTies = new Map<number, number>();
  for (const t of classified) {
    const [a, b] = [t.source, t.target];
    const external = c.isLocal[a] && !c.isLocal[b] ? b : c.isLocal[b] && !c.isLocal[a] ? a : -1;
    if (external >= 0) partnerTies.set(external, (partnerTies.get(external) ?? 0) + 1);
  }
  const N = partnerTies.size;
  const totalTies = [...partnerTies.values()].reduce((sum, x) => sum + x, 0);
  const hhi = [...partnerTies.values()].reduce((sum, x) => sum + (x / totalTies) ** 2, 0);
  const normalisedHhi = N > 1 ? (hhi - 1 / N) / (1 - 1 / N) : 1;
  const partners = [...partnerTies.keys()].sort((a, b) => a - b);
  const g7 = component(
    c,
    'G7',
    'Buyer diversification',
    N === 0 ? s.diversificationNeutral : 1 - normalisedHhi,
    `1 − normalised HHI of classified supply ties over external partners; 0 with one partner, ${fmt(s.diversificationNeutral)} with none`,
    N === 0
      ? `No classified supply tie reaches an external partner; the neutral ${fmt(s.diversificationNeutral)} is used.`
      : `${plural(totalTies, 'classified supply tie')} reach ${plural(N, 'external partner')}${N > 1 ? ` (normalised HHI ${fmt(normalisedHhi)})` : ''}.`,
    'Dependence on few external buyers concentrates power in their hands and exposes the cluster to their decisions (Gereffi 1999; Herfindahl–Hirschman concentration).',
    idsOf(c, partners),
    N === 0
      ? msg('indicator.G7.explanation.none', { neutral: s.diversificationNeutral })
      : msg(N > 1 ? 'indicator.G7.explanation' : 'indicator.G7.explanation.one', { ties: totalTies, partners: N, hhi: normalisedHhi }),
    { neutral: s.diversificationNeutral },
  );

  return {
    index: indexOf([g1, g2, g3, g4, g5, g6, g7]),
    facts: {
      resilience,
      pointsOfFailure: brokers3,
      transitivity: tri.transitivity,
      hasTriple: triples > 0,
    },
  };
}
