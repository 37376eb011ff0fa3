// The innovation capability index (ICI): weighted sub-indicators in [0, 1], each carrying its formula, the
// numbers behind it in plain words, its theory and its elements.

import { brokerageCounts, ROLE_INDEX } from './brokerage';
import { fmt, idsOf, KO_TYPES, pct, plural, tiedTo, tiesBetween, typeOf, type ClusterBase } from './cluster';
import { component, indexOf } from './index-components';
import { components } from './measures/components';
import { msg } from './messages';
import type { IndexReport } from './types';

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
    hasKnowledge ? msg('indicator.I1.explanation', { joined: kc.largest, local: L, share: reach }) : msg('indicator.I1.explanation.none', { local: L }),
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
    msg('indicator.I2.explanation', { mean: meanKnowledgeDegree, ties: c.localKnowledge.m, local: L, full: s.buzzDegree }),
    { full: s.buzzDegree },
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
    msg('indicator.I3.explanation', { firmsToKo: firmsToKo.length, firms: f, firmsToGov: firmsToGov.length, koToGov: koToGov.length, ko: k }),
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
    msg('indicator.I4.explanation', { external: c.externalPairs, total: c.externalPairs + c.localPairs, p, firmsAbroad: firmsAbroad.length, firms: f, b }),
    { p: s.pipelineShare, b: s.firmsWithPipelineShare },
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
    gatekeepers.length ? msg('indicator.I5.explanation', { count: gatekeepers.length, actors: idsOf(c, gatekeepers), full: s.gatekeeperCount }) : msg('indicator.I5.explanation.none'),
    { full: s.gatekeeperCount },
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
    tacitShare === null ? msg('indicator.I6.explanation.none') : msg('indicator.I6.explanation', { tacit: tacit.length, total: knowledgeTies.length, share: tacitShare }),
    { full: s.tacitShare },
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
    !c.model.stages.length
      ? msg('indicator.I7.explanation.none')
      : msg(missing.length ? 'indicator.I7.explanation.missing' : 'indicator.I7.explanation', {
          covered: covered.length,
          stages: c.model.stages.length,
          coveredWeight,
          totalWeight,
          missing: missing.map((st) => st.id),
          missingLabels: missing.map((st) => st.label),
        }),
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
