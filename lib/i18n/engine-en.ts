import type { EngineMessageKey } from '../engine/messages';
import { FORMULAS_EN } from './engine-formulas';
import type { MessageArgs, Wording } from './wording';

// The engine's messages in English: word for word the strings the engine itself writes (lib/engine),
// which tests/unit/i18n/engine-words.test.ts checks on every reference map. Keys: docs/engine.md
// "Message keys".

const plural = (k: string | number, one: string, many = `${one}s`) => `${k} ${Number(k) === 1 ? one : many}`;
const count = (a: MessageArgs, key: string, one: string, many?: string) => plural(a.n(key), one, many);
const INSTITUTIONS: Record<string, string> = {
  ko: 'universities or research institutes',
  government: 'government',
  finance: 'finance',
  intermediary: 'intermediaries',
  association: 'associations',
};
const SPHERES: Record<string, string> = { u: 'university/research', i: 'industry', g: 'government' };
const words = (codes: readonly string[], table: Record<string, string>) => codes.map((c) => table[c] ?? c);

export const ENGINE_EN: Record<EngineMessageKey, Wording> = {
  ...FORMULAS_EN,
  'indicator.I1.name': () => 'Knowledge reach',
  'indicator.I1.theory': () => 'Knowledge circulates through connected networks; a fragmented knowledge system keeps ideas in isolated pockets (Giuliani & Bell 2005; Boschma & ter Wal 2007).',
  'indicator.I1.explanation': (a) => `${a.n('joined')} of ${a.n('local')} local actors are joined in one knowledge network (${a.pct('share')}).`,
  'indicator.I1.explanation.none': (a) => `No knowledge tie joins two local actors (${count(a, 'local', 'local actor')}).`,
  'indicator.I2.name': () => 'Local buzz',
  'indicator.I2.theory': () => 'Co-location produces "buzz": dense, frequent, often unplanned knowledge exchange among nearby actors (Storper & Venables 2004; Bathelt, Malmberg & Maskell 2004).',
  'indicator.I2.explanation': (a) =>
    `Local actors have ${a.n('mean')} local knowledge partners on average (${count(a, 'ties', 'knowledge tie')} among ${count(a, 'local', 'local actor')}); ${a.n('full')} counts as full buzz.`,
  'indicator.I3.name': () => 'Triple-helix linkage',
  'indicator.I3.theory': () => 'Innovation systems need university–industry–government interaction (Etzkowitz & Leydesdorff 2000); each share measures one strand of the helix.',
  'indicator.I3.explanation': (a) =>
    `${a.n('firmsToKo')} of ${a.n('firms')} local firms are tied to a university or research institute, ${a.n('firmsToGov')} of ${a.n('firms')} to government, and ${a.n('koToGov')} of ${a.n('ko')} universities and research institutes to government.`,
  'indicator.I4.name': () => 'Global pipelines',
  'indicator.I4.theory': () => 'Local buzz needs global pipelines: ties to distant sources bring new knowledge and markets and prevent lock-in (Bathelt, Malmberg & Maskell 2004).',
  'indicator.I4.explanation': (a) =>
    `${a.n('external')} of ${a.n('total')} ties of the cluster reach outside the region (p = ${a.pct('p')}), and ${a.n('firmsAbroad')} of ${a.n('firms')} local firms have an external tie (b = ${a.pct('b')}).`,
  'indicator.I5.name': () => 'Gatekeepers',
  'indicator.I5.theory': () => 'Technological gatekeepers absorb external knowledge and diffuse it locally (Allen 1977; Gould & Fernandez 1989; Giuliani & Bell 2005).',
  'indicator.I5.explanation': (a) => `${count(a, 'count', 'local actor')} (${a.names('actors')}) pass external knowledge on to local actors; ${a.n('full')} count as full.`,
  'indicator.I5.explanation.none': () => 'No local actor passes knowledge from outside the region on to other local actors.',
  'indicator.I6.name': () => 'Tacit knowledge',
  'indicator.I6.theory': () => 'Tacit knowledge travels badly and is the source of local advantage; it flows through face-to-face co-development, not documents (Polanyi 1966; Gertler 2003).',
  'indicator.I6.explanation': (a) => `${a.n('tacit')} of ${a.n('total')} knowledge ties are tacit (face-to-face, co-development): ${a.pct('share')}.`,
  'indicator.I6.explanation.none': () => 'The map has no knowledge ties.',
  'indicator.I7.name': () => 'Value-chain coverage',
  'indicator.I7.theory': () => 'The smile curve: most value is added in R&D, design, marketing and services; a cluster that covers them can upgrade functionally (Shih 1992; Humphrey & Schmitz 2002).',
  'indicator.I7.explanation': (a) => `${a.n('covered')} of ${a.n('stages')} value-chain stages are performed locally (${a.n('coveredWeight')} of ${a.n('totalWeight')} value-added weight).`,
  'indicator.I7.explanation.missing': (a) =>
    `${a.n('covered')} of ${a.n('stages')} value-chain stages are performed locally (${a.n('coveredWeight')} of ${a.n('totalWeight')} value-added weight); missing: ${a.names('missing', ', ', 'missingLabels')}.`,
  'indicator.I7.explanation.none': () => 'The map has no value-chain stages.',

  'indicator.G1.name': () => 'Institutional thickness',
  'indicator.G1.theory': () => 'Institutional thickness: a dense, interacting set of supporting institutions underpins regional development (Amin & Thrift 1994).',
  'indicator.G1.explanation': (a) =>
    `${a.n('present')} of ${a.n('kinds')} kinds of institution take part in the local network (${words(a.list('presentKinds'), INSTITUTIONS).join(', ')})${a.list('absentKinds').length ? `; missing: ${words(a.list('absentKinds'), INSTITUTIONS).join(', ')}` : ''}.`,
  'indicator.G1.explanation.none': (a) => `${a.n('present')} of ${a.n('kinds')} kinds of institution take part in the local network; missing: ${words(a.list('absentKinds'), INSTITUTIONS).join(', ')}.`,
  'indicator.G2.name': () => 'Institutional brokerage',
  'indicator.G2.theory': () => 'Bridging institutions connect actors who would not meet otherwise and coordinate collective action (Burt 1992; Howells 2006 on innovation intermediaries).',
  'indicator.G2.explanation': (a) => `Government, finance, intermediaries and associations lie on ${a.pct('share')} of the shortest paths between local actors; ${a.pct('full')} counts as full.`,
  'indicator.G2.explanation.none': () => 'No local actor lies between two others: there is no brokerage to share.',
  'indicator.G3.name': () => 'Resilience',
  'indicator.G3.theory': () => 'A network held together by one broker breaks when it leaves; redundant paths make a cluster resilient (Crespo, Suire & Vicente 2014; Burt 1992 on structural holes).',
  'indicator.G3.explanation': (a) =>
    `Without ${a.names('brokers', ' or ')}, the most central broker, the largest connected group of local actors falls from ${a.n('before')} to ${a.n('after')} (${a.pct('share')} of the ${a.n('others')} others stay together).`,
  'indicator.G3.explanation.no_ties': () => 'No tie joins two local actors, so there is no local network to be resilient.',
  'indicator.G3.explanation.no_broker': (a) => `No local actor lies between two others: losing any one leaves the other ${a.n('others')} of its group connected.`,
  'indicator.G4.name': () => 'Decentralization',
  'indicator.G4.theory': () => 'Polycentric governance spreads decisions over many actors instead of one dominant firm or agency (Freeman 1979; Markusen 1996).',
  'indicator.G4.explanation': (a) =>
    `Degree centralization of the local network is ${a.n('centralization')} (1 would be a star around ${a.names('top')}); decentralization ${a.n('decentralization')}.`,
  'indicator.G4.explanation.none': () => 'No tie joins two local actors.',
  'indicator.G5.name': () => 'Closure (trust)',
  'indicator.G5.theory': () => 'Closed triads let partners monitor and vouch for each other, building trust and shared norms (Coleman 1988; Granovetter 1985).',
  'indicator.G5.explanation': (a) => `${a.pct('transitivity')} of the local two-step chains are closed into triangles (transitivity ${a.n('transitivity')}); ${a.n('full')} counts as full.`,
  'indicator.G6.name': () => 'GVC upgrading prospects',
  'indicator.G6.theory': () =>
    'How lead firms govern a value chain shapes what suppliers can learn: quasi-hierarchy speeds process and product upgrading but blocks design and marketing (Gereffi, Humphrey & Sturgeon 2005; Humphrey & Schmitz 2002).',
  'indicator.G6.explanation': (a) =>
    `${count(a, 'count', 'supply tie')} classified (${a.list('modes').map((m, i) => `${a.list('counts')[i]} ${m}`).join(', ')}); mean upgrading prospect ${a.n('mean')}.`,
  'indicator.G6.explanation.none': (a) => `No supply tie has its GVC attributes set; the neutral ${a.n('neutral')} is used.`,
  'indicator.G7.name': () => 'Buyer diversification',
  'indicator.G7.theory': () => 'Dependence on few external buyers concentrates power in their hands and exposes the cluster to their decisions (Gereffi 1999; Herfindahl–Hirschman concentration).',
  'indicator.G7.explanation': (a) => `${count(a, 'ties', 'classified supply tie')} reach ${count(a, 'partners', 'external partner')} (normalised HHI ${a.n('hhi')}).`,
  'indicator.G7.explanation.one': (a) => `${count(a, 'ties', 'classified supply tie')} reach ${count(a, 'partners', 'external partner')}.`,
  'indicator.G7.explanation.none': (a) => `No classified supply tie reaches an external partner; the neutral ${a.n('neutral')} is used.`,

  'recommendation.university_industry_gap.title': () => 'University–industry knowledge gap',
  'recommendation.university_industry_gap': (a) =>
    `None of the ${count(a, 'firms', 'local firm')} is tied to any of the ${count(a, 'ko', 'local university or research institute', 'local universities and research institutes')}. Joint projects, student placements or contract research would open the knowledge base to industry.`,
  'recommendation.university_industry_gap.no_ko': (a) =>
    `The cluster has ${count(a, 'firms', 'local firm')} but no local university or research institute on the map. Find one to partner with, or map the ones that exist.`,
  'recommendation.triple_helix_incomplete.title': () => 'Triple helix incomplete',
  'recommendation.triple_helix_incomplete': (a) =>
    `Government (${a.names('government')}) has no tie to any local firm, university or research institute: the government strand of the triple helix is missing.`,
  'recommendation.triple_helix_incomplete.no_government': () =>
    'No government body is on the map, so no firm or knowledge organisation is tied to government: the triple helix lacks its public strand.',
  'recommendation.no_global_pipelines.title': () => 'No global pipelines: lock-in risk',
  'recommendation.no_global_pipelines': (a) =>
    `None of the ${count(a, 'ties', 'tie')} of the local actors reaches outside the region. A cluster that only talks to itself risks lock-in; links to external buyers, universities and partners bring new knowledge.`,
  'recommendation.gatekeeper_bottleneck.title': () => 'Gatekeeper bottleneck',
  'recommendation.gatekeeper_bottleneck': (a) =>
    `${a.names('actor')} holds ${a.n('held')} of the cluster's ${a.n('total')} external ties (${a.pct('share')}). If it leaves or closes up, the cluster loses its window to the world; help other actors build their own external links.`,
  'recommendation.satellite_platform_risk.title': () => 'Satellite-platform risk',
  'recommendation.satellite_platform_risk': (a) =>
    `${a.pct('share')} of the ties reach outside the region while local actors have ${a.n('degree')} local ties on average: the cluster works as a platform for outside firms with little local embedding.`,
  'recommendation.fragmented_knowledge_system.title': () => 'Fragmented knowledge system',
  'recommendation.fragmented_knowledge_system': (a) =>
    `Only ${a.pct('reach')} of the local actors belong to the largest knowledge network (knowledge reach below ${a.pct('threshold')}). Events, platforms or joint projects that connect the separate groups would let knowledge circulate.`,
  'recommendation.absorptive_capacity_programme.title': () => 'Absorptive-capacity programme',
  'recommendation.absorptive_capacity_programme': (a) =>
    `${a.n('isolated')} of ${a.n('firms')} local firms (${a.pct('share')}) exchange no knowledge with other local actors. A programme that builds their capacity to absorb knowledge (training, technical staff, first joint projects) would bring them in.`,
  'recommendation.build_co_development_ties.title': () => 'Build co-development ties',
  'recommendation.build_co_development_ties': (a) =>
    `Only ${a.pct('share')} of the ${count(a, 'ties', 'knowledge tie')} are tacit (face-to-face, co-development). Codified exchanges are easy to copy elsewhere; co-development projects build the local advantage.`,
  'recommendation.single_point_of_failure.title': () => 'Single point of failure',
  'recommendation.single_point_of_failure': (a) =>
    `Without ${a.names('actors', ' or ')} only ${a.pct('share')} of the rest of the local network stays connected. Build ties that bypass ${a.list('actors').length === 1 ? 'it' : 'them'}.`,
  'recommendation.functional_upgrading_constrained.title': () => 'Functional upgrading constrained',
  'recommendation.functional_upgrading_constrained': (a) =>
    `${count(a, 'count', 'supply tie')} ${a.raw('count') === 1 ? 'is' : 'are'} captive: the buyer's tight control helps process and product upgrading but blocks moves into design and marketing. Diversify buyers or build supplier capability.`,
  'recommendation.buyer_concentration.title': () => 'Buyer concentration',
  'recommendation.buyer_concentration': (a) =>
    `Every supply tie to outside the region goes to one partner, ${a.names('buyer')}. The cluster depends on its decisions; finding other buyers spreads the risk.`,
  'recommendation.functional_upgrading_gap.title': () => 'Functional-upgrading gap',
  'recommendation.functional_upgrading_gap': (a) =>
    `No local actor performs ${a.names('stages', ', ', 'stageLabels')}: the high-value ends of the smile curve are done elsewhere. Attract or grow capabilities there.`,
  'recommendation.no_bridging_organisations.title': () => 'No bridging organisations',
  'recommendation.no_bridging_organisations': (a) =>
    `The intermediaries and associations on the map (${a.names('actors')}) have no ties: nobody is bridging the cluster's actors.`,
  'recommendation.no_bridging_organisations.none_on_map': () =>
    'No intermediary or industry association is on the map. Cluster organisations, chambers and technology-transfer offices bridge firms, universities and government.',
  'recommendation.finance_gap.title': () => 'Finance gap',
  'recommendation.finance_gap': (a) => `No local firm is tied to the finance actors on the map (${a.names('finance')}).`,
  'recommendation.finance_gap.none_on_map': () => 'No bank, investor or funding agency is on the map, so no firm has a finance tie. Innovation needs patient capital.',
  'recommendation.low_trust.title': () => 'Low trust',
  'recommendation.low_trust': (a) =>
    `Only ${a.pct('transitivity')} of the local two-step chains close into triangles (transitivity ${a.n('transitivity')}): partners of partners rarely know each other, so trust and shared norms are thin. Bring them together.`,
  'recommendation.check_gvc_ties.title': () => 'Check GVC attributes',
  'recommendation.check_gvc_ties': (a) =>
    `${count(a, 'count', 'supply tie')} ${a.raw('count') === 1 ? 'has' : 'have'} a combination of GVC attributes the theory does not expect or that would exclude the supplier (${a.names('ties')}). Check them with the people who know the tie.`,

  'archetype.state_anchored.label': () => 'State-anchored district',
  'archetype.state_anchored.explanation': (a) =>
    `The best-connected local actor (${a.names('actors')}, a ${a.str('type')}) is tied to ${a.num(a.raw('centrality') * 100)}% of the other local actors and the local network is centralised (degree centralization ${a.n('centralization')}): a public or knowledge anchor organises the cluster.`,
  'archetype.hub_and_spoke.label': () => 'Hub-and-spoke district',
  'archetype.hub_and_spoke.explanation': (a) =>
    `One large firm (${a.names('actors')}) is the hub: it has the most local ties (degree centralization ${a.n('centralization')}) and ties outside the region, while the other local firms are hardly tied to each other.`,
  'archetype.satellite_platform.label': () => 'Satellite industrial platform',
  'archetype.satellite_platform.explanation': (a) =>
    `${a.num(a.raw('externalShare') * 100)}% of the cluster's ties reach outside the region while local firms are barely tied to each other (firm–firm density ${a.n('firmDensity')}): branch plants of external groups.`,
  'archetype.marshallian.label': () => 'Marshallian district',
  'archetype.marshallian.explanation': (a) =>
    `Many local firms tied to each other (firm–firm density ${a.n('firmDensity')}), no dominant actor (degree centralization ${a.n('centralization')}) and mostly local ties (${a.num(a.raw('externalShare') * 100)}% external): a Marshallian district of small firms.`,
  'archetype.mixed.label': () => 'Mixed (no single archetype)',
  'archetype.mixed.explanation': (a) =>
    `No archetype fits clearly (degree centralization ${a.n('centralization')}, firm–firm density ${a.n('firmDensity')}, external tie share ${a.num(a.raw('externalShare') * 100)}%).`,

  'tripleHelix.undefined': () => 'No tie touches a university or research institute, a firm or a government body: T is undefined.',
  'tripleHelix.synergy': (a) => `T = ${a.raw('T').toFixed(3)} bits over ${a.n('ties')} ties: negative, so the university, industry and government spheres are woven together (synergy).`,
  'tripleHelix.no_synergy.missing': (a) =>
    `T = ${a.raw('T').toFixed(3)} bits over ${a.n('ties')} ties: ${words(a.list('spheres'), SPHERES).join(' and ')} ${a.list('spheres').length === 1 ? 'takes' : 'take'} part in every tie or in none, so the three spheres cannot reduce each other's uncertainty (no synergy).`,
  'tripleHelix.no_synergy': (a) => `T = ${a.raw('T').toFixed(3)} bits over ${a.n('ties')} ties: not negative, so no triple-helix synergy shows in the ties.`,

  'readiness.ici': () => 'No actors in the cluster yet: add the firms, universities and others who are here.',
  'readiness.gi': () => 'No ties yet: governance is about how the actors are tied, so draw the first ties.',

  'warning.invalid_map': () => 'the map is not an object; it is read as empty',
  'warning.missing_field.stage_id': (a) => `stage #${a.n('n')} has no id and is left out`,
  'warning.missing_field.stage_weight': (a) => `stage "${a.name(a.str('stage'))}" has no usable weight; 1 is used`,
  'warning.missing_field.actor_id': (a) => `actor #${a.n('n')} has no id and is left out`,
  'warning.missing_field.actor_type': (a) => `actor "${a.name(a.str('actor'))}": type is missing; read as "other"`,
  'warning.missing_field.actor_scope': (a) => `actor "${a.name(a.str('actor'))}": scope is missing; read as "local"`,
  'warning.missing_field.tie_id': (a) => `tie #${a.n('n')} has no id and is left out`,
  'warning.missing_field.tie_kind': (a) => `tie "${a.name(a.str('tie'))}": kind is missing; it counts as a tie of no particular kind`,
  'warning.duplicate_id.stage': (a) => `stage id "${a.str('id')}" appears twice; the first is used`,
  'warning.duplicate_id.actor': (a) => `actor id "${a.str('id')}" appears twice; the first is used`,
  'warning.duplicate_id.tie': (a) => `tie id "${a.str('id')}" appears twice; the first is used`,
  'warning.unknown_actor_type': (a) => `actor "${a.name(a.str('actor'))}": type ${a.str('value')} is unknown; read as "other"`,
  'warning.unknown_scope': (a) => `actor "${a.name(a.str('actor'))}": scope ${a.str('value')} is unknown; read as "local"`,
  'warning.unknown_stage': (a) => `actor "${a.name(a.str('actor'))}" performs unknown stage "${a.str('stage')}"; ignored`,
  'warning.dangling_tie': (a) => `tie "${a.name(a.str('tie'))}" joins ${a.str('source')} and ${a.str('target')}, and an end is not an actor of the map; it is left out`,
  'warning.unknown_tie_kind': (a) => `tie "${a.name(a.str('tie'))}": kind ${a.str('value')} is unknown; it counts as a tie of no particular kind`,
  'warning.gvc_on_non_supply': (a) => `tie "${a.name(a.str('tie'))}" is not a supply tie; its GVC attributes are ignored`,
  'warning.invalid_gvc': (a) => `tie ${a.name(a.str('tie'))}: the GVC attributes need complexity, codifiability and supplier capability, each "low" or "high"; the tie is not classified`,
  'warning.self_loop': (a) => `tie "${a.name(a.str('tie'))}" joins ${a.name(a.str('actor'))} to itself; the measures ignore it`,
  'warning.duplicate_tie': (a) => `tie "${a.name(a.str('tie'))}" repeats tie "${a.name(a.str('same'))}" (${a.str('kind') || 'unknown kind'}, ${a.names('ends', '–')}); the measures count the pair once`,
  'warning.gvc_not_expected': (a) =>
    `supply tie "${a.name(a.str('tie'))}" (${a.names('ends', ' → ')}) has low complexity and low codifiability, a combination GVC theory does not expect; check its attributes`,
  'warning.gvc_exclusion': (a) =>
    `supply tie "${a.name(a.str('tie'))}" (${a.names('ends', ' → ')}): low complexity, high codifiability and a low-capability supplier means the supplier would be excluded from the chain; check its attributes`,
  'warning.invalid_setting.weights': () => 'meta.weights is not an object; defaults are used',
  'warning.unknown_setting': (a) => `unknown engine setting "${a.str('key')}" is ignored`,
  'warning.invalid_setting': (a) => `engine setting "${a.str('key')}" = ${a.str('value')} is not usable; the default ${a.str('default')} is used`,
  'warning.eigenvector_not_converged': (a) => `eigenvector centrality did not converge in ${a.n('iterations')} iterations; the last iterate is shown`,
};
