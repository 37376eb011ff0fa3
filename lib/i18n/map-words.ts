import type { ActorType, ClusterMap, GovernanceMode, TieKind } from '../map/types';
import { ACTOR_STYLE, GOVERNANCE_STYLE, TIE_STYLE, UNCLASSIFIED_SUPPLY } from '../map/style';
import type { Locale } from './locale';

// The map's built-in words in both languages: actor types, tie kinds, governance modes and the legend
// drawn beside the pictures and the PDF's maps (lib/export/scene/legend.ts). The English of the first three
// is read from lib/map/style.ts, where the canvas stylesheet and the legend take it: one copy.

export interface Worded {
  label: string;
  hint: string;
}

/** The label and hint of each style, keyed as the styles are. */
function wordsOf<K extends string>(styles: Record<K, Worded>): Record<K, Worded> {
  return Object.fromEntries(Object.entries<Worded>(styles).map(([k, v]) => [k, { label: v.label, hint: v.hint }])) as Record<K, Worded>;
}

export const ACTOR_TYPE_WORDS: Record<Locale, Record<ActorType, Worded>> = {
  en: wordsOf(ACTOR_STYLE),
  'zh-CN': {
    firm: { label: '企业', hint: '生产或销售的公司' },
    university: { label: '高校', hint: '大学和学院' },
    research: { label: '科研院所', hint: '实验室和研究中心' },
    government: { label: '政府', hint: '政府部门和公共机构' },
    finance: { label: '金融机构', hint: '银行、基金、投资者' },
    intermediary: { label: '中介机构', hint: '孵化器、技术转移机构、咨询机构' },
    association: { label: '行业协会', hint: '行业协会、商会' },
    other: { label: '其他', hint: '其他任何机构' },
  },
};

export const TIE_KIND_WORDS: Record<Locale, Record<TieKind, Worded>> = {
  en: wordsOf(TIE_STYLE),
  'zh-CN': {
    knowledge: { label: '知识', hint: '学习、研发、技术诀窍' },
    supply: { label: '供应', hint: '商品的买卖' },
    finance: { label: '金融', hint: '贷款、投资、资助' },
    policy: { label: '政策', hint: '规章、规划、公共扶持' },
    service: { label: '服务', hint: '检测、培训、咨询' },
    social: { label: '社会', hint: '友谊、信任、非正式交流' },
  },
};

export const GOVERNANCE_MODE_WORDS: Record<Locale, Record<GovernanceMode | 'unclassified', Worded>> = {
  en: { ...wordsOf(GOVERNANCE_STYLE), unclassified: { label: UNCLASSIFIED_SUPPLY.label, hint: UNCLASSIFIED_SUPPLY.hint } },
  'zh-CN': {
    market: { label: '市场型', hint: '简单、标准化的产品；容易更换伙伴' },
    modular: { label: '模块型', hint: '复杂但可编码；供应商能力强' },
    relational: { label: '关系型', hint: '隐性诀窍；相互依赖' },
    captive: { label: '俘获型', hint: '能力弱的供应商依附于领先企业' },
    hierarchy: { label: '层级型', hint: '企业内部或同一集团内' },
    unclassified: { label: '未分类', hint: '在检查器中回答三个问题' },
  },
};

/** The legend's headings and the words of its extra rows. */
export const LEGEND_WORDS: Record<Locale, { actors: string; ties: string; tiesValueChain: string; supplyGovernance: string; external: string; tacit: string; arrow: string; tacitTag: string }> = {
  en: {
    actors: 'ACTORS',
    ties: 'TIES',
    tiesValueChain: 'TIES (OTHER THAN SUPPLY FADED)',
    supplyGovernance: 'SUPPLY GOVERNANCE',
    external: 'Dashed ring: outside the cluster',
    tacit: 'Halo: tacit knowledge',
    arrow: 'Arrow: direction · thicker: stronger',
    tacitTag: 'tacit',
  },
  'zh-CN': {
    actors: '行动者',
    ties: '联系',
    tiesValueChain: '联系（供应以外的联系已淡化）',
    supplyGovernance: '供应链治理',
    external: '虚线环：集群外',
    tacit: '光晕：隐性知识',
    arrow: '箭头：方向 · 越粗：越强',
    tacitTag: '隐性',
  },
};

/** The value-chain view's decor (lib/map/value-chain-layout.ts): column headers and the two bands. */
export const VALUE_CHAIN_WORDS: Record<Locale, { header: (stage: string, weight: number) => string; noStage: string; local: string; external: string }> = {
  en: { header: (stage, weight) => `${stage}\nvalue ×${weight}`, noStage: 'No stage\n(support)', local: 'In the\ncluster ↑', external: 'Outside ↓' },
  'zh-CN': { header: (stage, weight) => `${stage}\n附加值 ×${weight}`, noStage: '无环节\n（支撑）', local: '集群内 ↑', external: '集群外 ↓' },
};

/**
 * A value-chain decor's label (lib/map/value-chain-layout.ts draws them in English) for a reader of
 * `locale`: the bands, "No stage", and each stage's header with its weight. The stage's own name is the
 * map's (pass the map through localisedMap first: a default stage is then in the reader's language, a
 * stage the workshop renamed stays as typed). The canvas (app/_components/canvas/views.ts) and the
 * pictures (lib/export/scene/build-scene.ts) both word them here.
 */
export function valueChainDecorLabel(d: { id: string; label: string }, map: Pick<ClusterMap, 'stages'>, locale: Locale): string {
  if (locale === 'en' || !d.label) return d.label;
  const words = VALUE_CHAIN_WORDS[locale];
  if (d.id === '__band_local') return words.local;
  if (d.id === '__band_external') return words.external;
  if (!d.id.startsWith('__head_')) return d.label;
  const stage = map.stages.find((s) => `__head_${s.id}` === d.id);
  return stage ? words.header(stage.label, stage.weight) : words.noStage;
}
