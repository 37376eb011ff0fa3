import type { EngineMessageKey } from '../engine/messages';
import type { Wording } from './wording';

// Each sub-indicator's formula with the constants in force (docs/engine.md §6, §7), in English word for
// word as the engine writes it, and in Chinese: the mathematics stays, the words around it are said.

type FormulaKey = Extract<EngineMessageKey, `indicator.${string}.formula`>;

export const FORMULAS_EN: Record<FormulaKey, Wording> = {
  'indicator.I1.formula': () => 'largest component of K_L ÷ |L|',
  'indicator.I2.formula': (a) => `min(1, (2·|K_L| ÷ |L|) ÷ ${a.n('full')})`,
  'indicator.I3.formula': () => '(c_UI + c_IG + c_UG) ÷ 3',
  'indicator.I4.formula': (a) => `.5·min(1, p ÷ ${a.n('p')}) + .5·min(1, b ÷ ${a.n('b')})`,
  'indicator.I5.formula': (a) => `min(1, local knowledge gatekeepers ÷ ${a.n('full')})`,
  'indicator.I6.formula': (a) => `min(1, (tacit ÷ all knowledge ties) ÷ ${a.n('full')}); 0 without knowledge ties`,
  'indicator.I7.formula': () => 'Σ weight of stages performed by ≥1 local actor ÷ Σ weights',
  'indicator.G1.formula': () => 'share of {KO, government, finance, intermediary, association} present in L with ≥1 local tie',
  'indicator.G2.formula': (a) => `min(1, share of local betweenness held by government/finance/intermediary/association ÷ ${a.n('full')})`,
  'indicator.G3.formula': () => 'largest component of G_L without its top-betweenness actor ÷ (largest component of G_L − 1)',
  'indicator.G4.formula': () => '1 − Freeman degree centralization of G_L; 0 without local ties',
  'indicator.G5.formula': (a) => `min(1, transitivity(G_L) ÷ ${a.n('full')})`,
  'indicator.G6.formula': (a) =>
    `mean upgrading prospect over classified supply ties (relational ${a.n('relational')} · modular ${a.n('modular')} · market ${a.n('market')} · captive ${a.n('captive')} · hierarchy ${a.n('hierarchy')}); ${a.n('neutral')} when none`,
  'indicator.G7.formula': (a) => `1 − normalised HHI of classified supply ties over external partners; 0 with one partner, ${a.n('neutral')} with none`,
};

export const FORMULAS_ZH: Record<FormulaKey, Wording> = {
  'indicator.I1.formula': () => 'K_L 的最大连通分量 ÷ |L|',
  'indicator.I2.formula': (a) => `min(1, (2·|K_L| ÷ |L|) ÷ ${a.n('full')})`,
  'indicator.I3.formula': () => '(c_UI + c_IG + c_UG) ÷ 3',
  'indicator.I4.formula': (a) => `.5·min(1, p ÷ ${a.n('p')}) + .5·min(1, b ÷ ${a.n('b')})`,
  'indicator.I5.formula': (a) => `min(1, 本地知识守门人数 ÷ ${a.n('full')})`,
  'indicator.I6.formula': (a) => `min(1, (隐性知识联系 ÷ 全部知识联系) ÷ ${a.n('full')})；无知识联系时为 0`,
  'indicator.I7.formula': () => '至少有一个本地行动者从事的环节权重之和 ÷ 全部环节权重之和',
  'indicator.G1.formula': () => '{高校与科研院所、政府、金融机构、中介机构、行业协会} 中在 L 内出现且至少有一条本地联系的类别所占比例',
  'indicator.G2.formula': (a) => `min(1, 政府/金融机构/中介机构/行业协会所占本地中介中心性的比例 ÷ ${a.n('full')})`,
  'indicator.G3.formula': () => '去掉中介中心性最高的行动者后 G_L 的最大连通分量 ÷ (G_L 的最大连通分量 − 1)',
  'indicator.G4.formula': () => '1 − G_L 的 Freeman 度中心势；无本地联系时为 0',
  'indicator.G5.formula': (a) => `min(1, 传递性(G_L) ÷ ${a.n('full')})`,
  'indicator.G6.formula': (a) =>
    `已分类供应联系的平均升级前景（关系型 ${a.n('relational')} · 模块型 ${a.n('modular')} · 市场型 ${a.n('market')} · 俘获型 ${a.n('captive')} · 层级型 ${a.n('hierarchy')}）；无已分类联系时为 ${a.n('neutral')}`,
  'indicator.G7.formula': (a) => `1 − 已分类供应联系在外部伙伴间的标准化 HHI；只有一个伙伴时为 0，没有伙伴时为 ${a.n('neutral')}`,
};
