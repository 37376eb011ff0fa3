// docs/engine.md §9: rules that turn the numbers into advice a workshop can act on. Each names the map
// elements involved so the canvas can highlight them.

import { fmt, idsOf, pct, plural, tiesBetween, typeOf, type Cluster } from './cluster';
import type { GvcSummary } from './gvc-summary';
import type { GiFacts } from './governance-index';
import type { IciFacts } from './innovation-index';
import type { KnowledgeProfile } from './knowledge-roles';
import { msg, type EngineMessage, type EngineMessageKey } from './messages';
import type { Recommendation } from './types';

/** Ids of every rule, in the order they are checked and listed. */
export const RECOMMENDATION_IDS = [
  'university_industry_gap',
  'triple_helix_incomplete',
  'no_global_pipelines',
  'gatekeeper_bottleneck',
  'satellite_platform_risk',
  'fragmented_knowledge_system',
  'absorptive_capacity_programme',
  'build_co_development_ties',
  'single_point_of_failure',
  'functional_upgrading_constrained',
  'buyer_concentration',
  'functional_upgrading_gap',
  'no_bridging_organisations',
  'finance_gap',
  'low_trust',
  'check_gvc_ties',
] as const;
export type RecommendationId = (typeof RECOMMENDATION_IDS)[number];

/** The smile-curve stages whose absence blocks functional upgrading. */
const FUNCTIONAL_STAGES = ['rd', 'design', 'marketing', 'after_sales'];

export interface RecommendationInput {
  cluster: Cluster;
  ici: IciFacts;
  gi: GiFacts;
  knowledge: KnowledgeProfile;
  gvc: GvcSummary;
}

export function recommend({ cluster: c, ici, gi, knowledge, gvc }: RecommendationInput): Recommendation[] {
  const s = c.settings;
  const out: Recommendation[] = [];
  const add = (id: RecommendationId, title: string, message: string, elements: string[], said: EngineMessage) =>
    out.push({ id, title, message, elements, i18n: { title: msg(`recommendation.${id}.title` as EngineMessageKey), message: said } });
  const L = c.local.length;
  const f = c.firms.length;
  const isFirm = (v: number) => c.isLocal[v] === 1 && typeOf(c, v) === 'firm';
  const govs = c.model.actors.filter((a) => a.type === 'government').map((a) => a.id);

  if (f > 0 && ici.firmKoTies.length === 0)
    add(
      'university_industry_gap',
      'University–industry knowledge gap',
      c.ko.length
        ? `None of the ${plural(f, 'local firm')} is tied to any of the ${plural(c.ko.length, 'local university or research institute', 'local universities and research institutes')}. Joint projects, student placements or contract research would open the knowledge base to industry.`
        : `The cluster has ${plural(f, 'local firm')} but no local university or research institute on the map. Find one to partner with, or map the ones that exist.`,
      idsOf(c, [...c.firms, ...c.ko].sort((a, b) => a - b)),
      c.ko.length ? msg('recommendation.university_industry_gap', { firms: f, ko: c.ko.length }) : msg('recommendation.university_industry_gap.no_ko', { firms: f }),
    );

  if (L > 0 && ici.governmentTies.length === 0)
    add(
      'triple_helix_incomplete',
      'Triple helix incomplete',
      govs.length
        ? `Government (${govs.join(', ')}) has no tie to any local firm, university or research institute: the government strand of the triple helix is missing.`
        : 'No government body is on the map, so no firm or knowledge organisation is tied to government: the triple helix lacks its public strand.',
      govs,
      govs.length ? msg('recommendation.triple_helix_incomplete', { government: govs }) : msg('recommendation.triple_helix_incomplete.no_government'),
    );

  if (L > 0 && c.externalShare === 0)
    add(
      'no_global_pipelines',
      'No global pipelines: lock-in risk',
      `None of the ${plural(c.localPairs, 'tie')} of the local actors reaches outside the region. A cluster that only talks to itself risks lock-in; links to external buyers, universities and partners bring new knowledge.`,
      idsOf(c, c.firms),
      msg('recommendation.no_global_pipelines', { ties: c.localPairs }),
    );

  if (c.externalPairs >= 2) {
    let top = -1;
    for (const v of c.local) if (top < 0 || c.externalDegree[v] > c.externalDegree[top]) top = v;
    const share = c.externalDegree[top] / c.externalPairs;
    if (share >= s.bottleneckShare)
      add(
        'gatekeeper_bottleneck',
        'Gatekeeper bottleneck',
        `${c.model.actors[top].id} holds ${c.externalDegree[top]} of the cluster's ${c.externalPairs} external ties (${pct(share)}). If it leaves or closes up, the cluster loses its window to the world; help other actors build their own external links.`,
        [c.model.actors[top].id],
        msg('recommendation.gatekeeper_bottleneck', { actor: [c.model.actors[top].id], held: c.externalDegree[top], total: c.externalPairs, share }),
      );
  }

  const meanLocalDegree = L > 0 ? (2 * c.localPairs) / L : 0;
  if (c.externalShare > s.satelliteRiskShare && meanLocalDegree < s.satelliteRiskDegree)
    add(
      'satellite_platform_risk',
      'Satellite-platform risk',
      `${pct(c.externalShare)} of the ties reach outside the region while local actors have ${fmt(meanLocalDegree)} local ties on average: the cluster works as a platform for outside firms with little local embedding.`,
      idsOf(c, c.local),
      msg('recommendation.satellite_platform_risk', { share: c.externalShare, degree: meanLocalDegree }),
    );

  if (L >= 2 && ici.reach < s.fragmentedReach)
    add(
      'fragmented_knowledge_system',
      'Fragmented knowledge system',
      `Only ${pct(ici.reach)} of the local actors belong to the largest knowledge network (knowledge reach below ${pct(s.fragmentedReach)}). Events, platforms or joint projects that connect the separate groups would let knowledge circulate.`,
      ici.reachOutside,
      msg('recommendation.fragmented_knowledge_system', { reach: ici.reach, threshold: s.fragmentedReach }),
    );

  const isolatedFirms = c.firms.filter((v) => knowledge.role[v] === 'isolated');
  if (f > 0 && isolatedFirms.length / f >= s.isolatedFirmShare)
    add(
      'absorptive_capacity_programme',
      'Absorptive-capacity programme',
      `${isolatedFirms.length} of ${f} local firms (${pct(isolatedFirms.length / f)}) exchange no knowledge with other local actors. A programme that builds their capacity to absorb knowledge (training, technical staff, first joint projects) would bring them in.`,
      idsOf(c, isolatedFirms),
      msg('recommendation.absorptive_capacity_programme', { isolated: isolatedFirms.length, firms: f, share: isolatedFirms.length / f }),
    );

  if (ici.tacitShare !== null && ici.tacitShare < s.lowTacitShare)
    add(
      'build_co_development_ties',
      'Build co-development ties',
      `Only ${pct(ici.tacitShare)} of the ${plural(ici.knowledgeTies, 'knowledge tie')} are tacit (face-to-face, co-development). Codified exchanges are easy to copy elsewhere; co-development projects build the local advantage.`,
      ici.codifiedTies,
      msg('recommendation.build_co_development_ties', { share: ici.tacitShare, ties: ici.knowledgeTies }),
    );

  if (gi.pointsOfFailure.length && gi.resilience < s.resilienceFloor)
    add(
      'single_point_of_failure',
      'Single point of failure',
      `Without ${gi.pointsOfFailure.join(' or ')} only ${pct(gi.resilience)} of the rest of the local network stays connected. Build ties that bypass ${gi.pointsOfFailure.length === 1 ? 'it' : 'them'}.`,
      gi.pointsOfFailure,
      msg('recommendation.single_point_of_failure', { actors: gi.pointsOfFailure, share: gi.resilience }),
    );

  const captive = gvc.classified.filter((t) => t.mode === 'captive');
  if (captive.length)
    add(
      'functional_upgrading_constrained',
      'Functional upgrading constrained',
      `${plural(captive.length, 'supply tie')} ${captive.length === 1 ? 'is' : 'are'} captive: the buyer's tight control helps process and product upgrading but blocks moves into design and marketing. Diversify buyers or build supplier capability.`,
      captive.map((t) => t.id),
      msg('recommendation.functional_upgrading_constrained', { count: captive.length }),
    );

  const buyers = new Set<number>();
  const buyerTies: string[] = [];
  for (const t of c.model.ties) {
    if (t.kind !== 'supply') continue;
    const external = c.isLocal[t.source] && !c.isLocal[t.target] ? t.target : c.isLocal[t.target] && !c.isLocal[t.source] ? t.source : -1;
    if (external < 0) continue;
    buyers.add(external);
    buyerTies.push(t.id);
  }
  if (buyers.size === 1) {
    const [buyer] = buyers;
    add(
      'buyer_concentration',
      'Buyer concentration',
      `Every supply tie to outside the region goes to one partner, ${c.model.actors[buyer].id}. The cluster depends on its decisions; finding other buyers spreads the risk.`,
      [c.model.actors[buyer].id, ...buyerTies],
      msg('recommendation.buyer_concentration', { buyer: [c.model.actors[buyer].id] }),
    );
  }

  const missing = c.model.stages.filter((st) => FUNCTIONAL_STAGES.includes(st.id) && ici.stagesMissing.includes(st.id));
  if (L > 0 && missing.length)
    add(
      'functional_upgrading_gap',
      'Functional-upgrading gap',
      `No local actor performs ${missing.map((st) => st.label).join(', ')}: the high-value ends of the smile curve are done elsewhere. Attract or grow capabilities there.`,
      missing.map((st) => st.id),
      msg('recommendation.functional_upgrading_gap', { stages: missing.map((st) => st.id), stageLabels: missing.map((st) => st.label) }),
    );

  const bridging = c.local.filter((v) => ['intermediary', 'association'].includes(typeOf(c, v)) && c.measures.degree[v] > 0);
  if (L > 0 && bridging.length === 0) {
    const unconnected = c.local.filter((v) => ['intermediary', 'association'].includes(typeOf(c, v)));
    add(
      'no_bridging_organisations',
      'No bridging organisations',
      unconnected.length
        ? `The intermediaries and associations on the map (${idsOf(c, unconnected).join(', ')}) have no ties: nobody is bridging the cluster's actors.`
        : 'No intermediary or industry association is on the map. Cluster organisations, chambers and technology-transfer offices bridge firms, universities and government.',
      idsOf(c, unconnected),
      unconnected.length ? msg('recommendation.no_bridging_organisations', { actors: idsOf(c, unconnected) }) : msg('recommendation.no_bridging_organisations.none_on_map'),
    );
  }

  const financeTies = tiesBetween(c, (a, b) => typeOf(c, a) === 'finance' && isFirm(b));
  if (f > 0 && financeTies.length === 0) {
    const finance = c.model.actors.filter((a) => a.type === 'finance').map((a) => a.id);
    add(
      'finance_gap',
      'Finance gap',
      finance.length
        ? `No local firm is tied to the finance actors on the map (${finance.join(', ')}).`
        : 'No bank, investor or funding agency is on the map, so no firm has a finance tie. Innovation needs patient capital.',
      finance,
      finance.length ? msg('recommendation.finance_gap', { finance }) : msg('recommendation.finance_gap.none_on_map'),
    );
  }

  if (gi.hasTriple && gi.transitivity < s.lowTransitivity)
    add(
      'low_trust',
      'Low trust',
      `Only ${pct(gi.transitivity)} of the local two-step chains close into triangles (transitivity ${fmt(gi.transitivity)}): partners of partners rarely know each other, so trust and shared norms are thin. Bring them together.`,
      idsOf(c, c.local.filter((v) => c.measures.degree[v] > 1)),
      msg('recommendation.low_trust', { transitivity: gi.transitivity }),
    );

  const odd = c.model.ties.filter((t) => {
    const g = gvc.ties[t.id]?.governance;
    return g === 'not_expected' || g === 'exclusion';
  });
  if (odd.length)
    add(
      'check_gvc_ties',
      'Check GVC attributes',
      `${plural(odd.length, 'supply tie')} ${odd.length === 1 ? 'has' : 'have'} a combination of GVC attributes the theory does not expect or that would exclude the supplier (${odd.map((t) => t.id).join(', ')}). Check them with the people who know the tie.`,
      odd.map((t) => t.id),
      msg('recommendation.check_gvc_ties', { count: odd.length, ties: odd.map((t) => t.id) }),
    );

  return out;
}
