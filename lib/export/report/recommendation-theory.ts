import type { RecommendationId } from '../../engine/recommendations';
import type { Locale } from '../../i18n/locale';

// The idea each recommendation rule of the engine (lib/engine/recommendations.ts) stands on, with its
// sources, for the report. Typed by the engine's rule ids, so a new rule cannot ship without its theory.

export const RECOMMENDATION_THEORY: Record<RecommendationId, string> = {
  university_industry_gap: 'University–industry links carry scientific knowledge into firms (Etzkowitz & Leydesdorff 2000; Giuliani & Bell 2005).',
  triple_helix_incomplete: 'Regional innovation needs the interplay of university, industry and government (Etzkowitz & Leydesdorff 2000).',
  no_global_pipelines: 'Local buzz needs global pipelines, or the cluster locks itself in (Bathelt, Malmberg & Maskell 2004; Boschma 2005).',
  gatekeeper_bottleneck: 'Technological gatekeepers bring outside knowledge in; one alone is a bottleneck (Allen 1977; Giuliani & Bell 2005; Morrison 2008).',
  satellite_platform_risk: 'Satellite platforms are run from outside with little local embedding (Markusen 1996).',
  fragmented_knowledge_system: 'Knowledge circulates only through a connected network (Giuliani & Bell 2005; Boschma & ter Wal 2007).',
  absorptive_capacity_programme: 'Firms learn from others only with their own absorptive capacity (Cohen & Levinthal 1990; Giuliani & Bell 2005).',
  build_co_development_ties: 'Tacit knowledge, shared face to face, is what distance cannot copy (Polanyi 1966; Gertler 2003; Storper & Venables 2004).',
  single_point_of_failure: 'A network held together by one broker is fragile (Crespo, Suire & Vicente 2014; Burt 1992).',
  functional_upgrading_constrained: 'Captive chains allow process and product upgrading but block functional upgrading (Humphrey & Schmitz 2002; Gereffi, Humphrey & Sturgeon 2005).',
  buyer_concentration: 'Dependence on few buyers gives them power over the cluster (Gereffi 1999; Gereffi, Humphrey & Sturgeon 2005).',
  functional_upgrading_gap: 'Most value lies at the ends of the smile curve: R&D, design, marketing and services (Shih 1992; Humphrey & Schmitz 2002).',
  no_bridging_organisations: 'Intermediaries and associations bridge structural holes between firms, knowledge and government (Burt 1992; Howells 2006; Amin & Thrift 1994).',
  finance_gap: 'Innovation needs patient capital close to the firms (Cooke 2001; Asheim & Gertler 2005).',
  low_trust: 'Closed triads build the trust and shared norms that cooperation needs (Coleman 1988; Granovetter 1985).',
  check_gvc_ties: 'Gereffi, Humphrey & Sturgeon (2005) expect none of these combinations of complexity, codifiability and capability.',
};

export const RECOMMENDATION_THEORY_ZH: Record<RecommendationId, string> = {
  university_industry_gap: '产学联系把科学知识带入企业（Etzkowitz & Leydesdorff 2000；Giuliani & Bell 2005）。',
  triple_helix_incomplete: '区域创新需要大学、产业与政府之间的相互作用（Etzkowitz & Leydesdorff 2000）。',
  no_global_pipelines: '本地蜂鸣需要全球管道，否则集群会把自己锁定在既有路径上（Bathelt, Malmberg & Maskell 2004；Boschma 2005）。',
  gatekeeper_bottleneck: '技术守门人把外部知识引入集群；只有一个守门人就成了瓶颈（Allen 1977；Giuliani & Bell 2005；Morrison 2008）。',
  satellite_platform_risk: '卫星平台由外部控制，本地根植性很弱（Markusen 1996）。',
  fragmented_knowledge_system: '知识只能在连通的网络中流动（Giuliani & Bell 2005；Boschma & ter Wal 2007）。',
  absorptive_capacity_programme: '企业只有具备自身的吸收能力，才能向他人学习（Cohen & Levinthal 1990；Giuliani & Bell 2005）。',
  build_co_development_ties: '面对面分享的隐性知识是距离无法复制的（Polanyi 1966；Gertler 2003；Storper & Venables 2004）。',
  single_point_of_failure: '靠单一中介维系的网络是脆弱的（Crespo, Suire & Vicente 2014；Burt 1992）。',
  functional_upgrading_constrained: '俘获型价值链允许工艺和产品升级，却阻碍功能升级（Humphrey & Schmitz 2002；Gereffi, Humphrey & Sturgeon 2005）。',
  buyer_concentration: '依赖少数买方会让买方掌握支配集群的权力（Gereffi 1999；Gereffi, Humphrey & Sturgeon 2005）。',
  functional_upgrading_gap: '附加值主要位于微笑曲线两端：研发、设计、营销和服务（Shih 1992；Humphrey & Schmitz 2002）。',
  no_bridging_organisations: '中介机构和行业协会弥合企业、知识机构与政府之间的结构洞（Burt 1992；Howells 2006；Amin & Thrift 1994）。',
  finance_gap: '创新需要贴近企业的耐心资本（Cooke 2001；Asheim & Gertler 2005）。',
  low_trust: '闭合的三元组建立起合作所需的信任和共同规范（Coleman 1988；Granovetter 1985）。',
  check_gvc_ties: 'Gereffi, Humphrey & Sturgeon（2005）的理论并不预期出现这些复杂度、可编码性与能力的组合。',
};

/** The theory behind a recommendation of a report (whose ids are strings on the wire); '' for an unknown rule. */
export const theoryOf = (id: string, locale: Locale = 'en'): string => {
  const table = locale === 'zh-CN' ? RECOMMENDATION_THEORY_ZH : RECOMMENDATION_THEORY;
  return Object.hasOwn(table, id) ? table[id as RecommendationId] : '';
};
