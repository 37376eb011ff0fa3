// The innovation capability index (ICI) and the governance index (GI): weighted sums of sub-indicators in
// [0, 1], each carrying its formula, the numbers behind it in plain words, its theory and its elements.

import { brokerageCounts, ROLE_INDEX } from './brokerage';
import { fmt, idsOf, INSTITUTION_TYPES, KO_TYPES, pct, plural, tiedTo, tiesBetween, typeOf, type Cluster, type ClusterBase } from './cluster';
import type { GvcSummary } from './gvc-summary';
import { degreeCentralization } from './measures/centralization';
import { components } from './measures/components';
import { triangleMeasures } from './measures/triangles';
import type { SettingKey } from './settings';
import type { IndexComponent, IndexReport } from './types';

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export interface IciFacts {
  /** Share of local actors in the largest component of K_L (0 without local knowledge ties). */
  reach: number;
  reachOutside: string[];
  /** Local actors that broker knowledge into their side of the local/external divide. */
  gatekeepers: string[];
  tacitShare: number | null;
  knowledgeTies: number;
  codifiedTies: string[];
  firmKoTies: string[];
  governmentTies: string[];
  stagesMissing: string[];
}

export interface GiFacts {
  resilience: number;
  /** The top-betweenness local actors whose removal hurts most (empty when no one brokers). */
  pointsOfFailure: string[];
  transitivity: number;
  hasTriple: boolean;
}

function component(
  c: ClusterBase,
  id: SettingKey & string,
  name: string,
  value: number,
  formula: string,
  explanation: string,
  theory: string,
  elements: string[],
): IndexComponent {
  return { id, name, value: clamp01(value), weight: c.settings[id], formula, explanation, theory, elements };
}

export function indexOf(components: IndexComponent[]): IndexReport {
  const totalWeight = components.reduce((s, k) => s + k.weight, 0);
  const value = totalWeight > 0 ? (100 * components.reduce((s, k) => s + k.weight * k.value, 0)) / totalWeight : 0;
  return { value: Math.min(100, Math.max(0, value)), components };
}

/** One flag per actor: the predicates below run twice per tie, and an array read beats a type lookup. */
function actorFlags(c: ClusterBase, has: (v: number) => boolean): Uint8Array {
  const flags = new Uint8Array(c.n);
  for (let v = 0; v < c.n; v++) if (has(v)) flags[v] = 1;
  return flags;
}

export function innovationIndex(c: ClusterBase): { index: IndexReport; facts: IciFacts } {
  const s = c.settings;
  const L = c.local.length;
  const actors = c.model.actors;
  const localKo = actorFlags(c, (v) => c.isLocal[v] === 1 && KO_TYPES.includes(typeOf(c, v)));
  const localFirm = actorFlags(c, (v) => c.isLocal[v] === 1 && typeOf(c, v) === 'firm');
  const government = actorFlags(c, (v) => typeOf(c, v) === 'government');
  const isKo = (v: number) => localKo[v] === 1;
  const isFirm = (v: number) => localFirm[v] === 1;
  const isGov = (v: number) => government[v] === 1;

  // I1 knowledge reach
  const kc = components(c.localKnowledge);
  // Components tied for largest are all named, so the elements never depend on how actors are named.
  const hasKnowledge = c.localKnowledge.m > 0;
  const inLargest = hasKnowledge ? c.local.filter((v) => kc.sizes[kc.label[c.localIndex[v]]] === kc.largest) : [];
  const reach = L > 0 && hasKnowledge ? kc.largest / L : 0;
  const reachOutside = c.local.filter((v) => !hasKnowledge || kc.sizes[kc.label[c.localIndex[v]]] !== kc.largest);
  const i1 = component(
    c,
    'I1',
    'Knowledge reach',
    reach,
    'largest component of K_L ÷ |L|',
    c.localKnowledge.m > 0
      ? `${kc.largest} of ${L} local actors are joined in one knowledge network (${pct(reach)}).`
      : `No knowledge tie joins two local actors (${plural(L, 'local actor')}).`,
    'Knowledge circulates through connected networks; a fragmented knowledge system keeps ideas in isolated pockets (Giuliani & Bell 2005; Boschma & ter Wal 2007).',
    idsOf(c, inLargest),
  );

  // I2 local buzz
  const localKnowledgeTies = tiesBetween(c, (a, b, t) => t.kind === 'knowledge' && c.isLocal[a] === 1 && c.isLocal[b] === 1);
  const meanKnowledgeDegree = L > 0 ? (2 * c.localKnowledge.m) / L : 0;
  const i2 = component(
    c,
    'I2',
    'Local buzz',
    Math.min(1, meanKnowledgeDegree / s.buzzDegree),
    `min(1, (2·|K_L| ÷ |L|) ÷ ${fmt(s.buzzDegree)})`,
    `Local actors have ${fmt(meanKnowledgeDegree)} local knowledge partners on average (${plural(c.localKnowledge.m, 'knowledge tie')} among ${plural(L, 'local actor')}); ${fmt(s.buzzDegree)} counts as full buzz.`,
    'Co-location produces "buzz": dense, frequent, often unplanned knowledge exchange among nearby actors (Storper & Venables 2004; Bathelt, Malmberg & Maskell 2004).',
    localKnowledgeTies,
  );

  // I3 triple-helix linkage
  const firmsToKo = tiedTo(c, c.firms, isKo);
  const firmsToGov = tiedTo(c, c.firms, isGov);
  const koToGov = tiedTo(c, c.ko, isGov);
  const f = c.firms.length;
  const k = c.ko.length;
  const cUI = f ? firmsToKo.length / f : 0;
  const cIG = f ? firmsToGov.length / f : 0;
  const cUG = k ? koToGov.length / k : 0;
  const firmKoTies = tiesBetween(c, (a, b) => isFirm(a) && isKo(b));
  const governmentTies = tiesBetween(c, (a, b) => (isFirm(a) || isKo(a)) && isGov(b));
  const i3 = component(
    c,
    'I3',
    'Triple-helix linkage',
    (cUI + cIG + cUG) / 3,
    '(c_UI + c_IG + c_UG) ÷ 3',
    `${firmsToKo.length} of ${f} local firms are tied to a university or research institute, ${firmsToGov.length} of ${f} to government, and ${koToGov.length} of ${k} universities and research institutes to government.`,
    'Innovation systems need university–industry–government interaction (Etzkowitz & Leydesdorff 2000); each share measures one strand of the helix.',
    [...firmKoTies, ...governmentTies].sort(),
  );

  // I4 global pipelines
  const p = c.externalShare;
  const firmsAbroad = c.firms.filter((v) => c.externalDegree[v] > 0);
  const b = f ? firmsAbroad.length / f : 0;
  const externalTies = tiesBetween(c, (a, bb) => c.isLocal[a] === 1 && c.isLocal[bb] === 0);
  const i4 = component(
    c,
    'I4',
    'Global pipelines',
    0.5 * Math.min(1, p / s.pipelineShare) + 0.5 * Math.min(1, b / s.firmsWithPipelineShare),
    `.5·min(1, p ÷ ${fmt(s.pipelineShare)}) + .5·min(1, b ÷ ${fmt(s.firmsWithPipelineShare)})`,
    `${c.externalPairs} of ${c.externalPairs + c.localPairs} ties of the cluster reach outside the region (p = ${pct(p)}), and ${firmsAbroad.length} of ${f} local firms have an external tie (b = ${pct(b)}).`,
    'Local buzz needs global pipelines: ties to distant sources bring new knowledge and markets and prevent lock-in (Bathelt, Malmberg & Maskell 2004).',
    externalTies,
  );

  // I5 gatekeepers: Gould–Fernandez gatekeeper brokerage across the local/external divide, knowledge ties only.
  const scope = new Int32Array(c.n);
  for (let v = 0; v < c.n; v++) scope[v] = c.isLocal[v];
  const [knowledgeBrokerage] = brokerageCounts(c.knowledgeArcs, [scope]);
  const gatekeepers = c.local.filter((v) => knowledgeBrokerage[v * 5 + ROLE_INDEX.gatekeeper] > 0);
  const i5 = component(
    c,
    'I5',
    'Gatekeepers',
    Math.min(1, gatekeepers.length / s.gatekeeperCount),
    `min(1, local knowledge gatekeepers ÷ ${fmt(s.gatekeeperCount)})`,
    gatekeepers.length
      ? `${plural(gatekeepers.length, 'local actor')} (${idsOf(c, gatekeepers).join(', ')}) pass external knowledge on to local actors; ${fmt(s.gatekeeperCount)} count as full.`
      : 'No local actor passes knowledge from outside the region on to other local actors.',
    'Technological gatekeepers absorb external knowledge and diffuse it locally (Allen 1977; Gould & Fernandez 1989; Giuliani & Bell 2005).',
    idsOf(c, gatekeepers),
  );

  // I6 tacit knowledge
  const knowledgeTies = c.model.ties.filter((t) => t.kind === 'knowledge');
  const tacit = knowledgeTies.filter((t) => t.tacit);
  const tacitShare = knowledgeTies.length ? tacit.length / knowledgeTies.length : null;
  const i6 = component(
    c,
    'I6',
    'Tacit knowledge',
    tacitShare === null ? 0 : Math.min(1, tacitShare / s.tacitShare),
    `min(1, (tacit ÷ all knowledge ties) ÷ ${fmt(s.tacitShare)}); 0 without knowledge ties`,
    tacitShare === null
      ? 'The map has no knowledge ties.'
      : `${tacit.length} of ${knowledgeTies.length} knowledge ties are tacit (face-to-face, co-development): ${pct(tacitShare)}.`,
    'Tacit knowledge travels badly and is the source of local advantage; it flows through face-to-face co-development, not documents (Polanyi 1966; Gertler 2003).',
    tacit.map((t) => t.id),
  );

  // I7 value-chain coverage
  const performed = new Set<string>();
  for (const v of c.local) for (const st of actors[v].stages) performed.add(st);
  const totalWeight = c.model.stages.reduce((sum, st) => sum + st.weight, 0);
  const covered = c.model.stages.filter((st) => performed.has(st.id));
  const coveredWeight = covered.reduce((sum, st) => sum + st.weight, 0);
  const missing = c.model.stages.filter((st) => !performed.has(st.id));
  const i7 = component(
    c,
    'I7',
    'Value-chain coverage',
    totalWeight > 0 ? coveredWeight / totalWeight : 0,
    'Σ weight of stages performed by ≥1 local actor ÷ Σ weights',
    c.model.stages.length
      ? `${covered.length} of ${c.model.stages.length} value-chain stages are performed locally (${fmt(coveredWeight)} of ${fmt(totalWeight)} value-added weight)${missing.length ? `; missing: ${missing.map((st) => st.label).join(', ')}` : ''}.`
      : 'The map has no value-chain stages.',
    'The smile curve: most value is added in R&D, design, marketing and services; a cluster that covers them can upgrade functionally (Shih 1992; Humphrey & Schmitz 2002).',
    covered.map((st) => st.id),
  );

  return {
    index: indexOf([i1, i2, i3, i4, i5, i6, i7]),
    facts: {
      reach,
      reachOutside: idsOf(c, reachOutside),
      gatekeepers: idsOf(c, gatekeepers),
      tacitShare,
      knowledgeTies: knowledgeTies.length,
      codifiedTies: knowledgeTies.filter((t) => !t.tacit).map((t) => t.id),
      firmKoTies,
      governmentTies,
      stagesMissing: missing.map((st) => st.id),
    },
  };
}

export function governanceIndex(c: Cluster, gvc: GvcSummary): { index: IndexReport; facts: GiFacts } {
  const s = c.settings;
  const g = c.localGraph;
  const global = (i: number) => c.local[i];
  const localDegree = (i: number) => g.offsets[i + 1] - g.offsets[i];

  // G1 institutional thickness
  const categories: { name: string; types: readonly string[] }[] = [
    { name: 'universities or research institutes', types: KO_TYPES },
    { name: 'government', types: ['government'] },
    { name: 'finance', types: ['finance'] },
    { name: 'intermediaries', types: ['intermediary'] },
    { name: 'associations', types: ['association'] },
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
  );

  // G6 upgrading prospects
  const classified = gvc.classified;
  const meanUpgrading = classified.length ? classified.reduce((sum, t) => sum + t.upgrading, 0) / classified.length : s.upgradingNeutral;
  const mix = (['relational', 'modular', 'market', 'captive', 'hierarchy'] as const)
    .filter((m) => gvc.modeMix[m] > 0)
    .map((m) => `${gvc.modeMix[m]} ${m}`);
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
