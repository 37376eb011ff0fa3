import type { Archetype, BrokerageRole, GovernanceClass, KnowledgeRole } from '../engine/types';
import type { Locale } from './locale';
import type { Worded } from './map-words';

// Words for the engine's codes, in both languages: knowledge roles (Giuliani & Bell 2005), Gould–Fernandez
// brokerage roles, Markusen's archetypes as the score panel names them, GVC governance classes and the two
// indices (docs/engine.md §4, §8). English is what lib/export/report/words.ts has always said.

/** A role's name and its definition (the same shape as the map's words). */
export type RoleWords = Worded;

export const ROLE_WORDS_BY_LOCALE: Record<Locale, Record<KnowledgeRole, RoleWords>> = {
  en: {
    gatekeeper: { label: 'Brings knowledge in', hint: 'Knowledge ties outside the cluster and passes what it learns on to local actors — a "technological gatekeeper" (Giuliani & Bell 2005).' },
    external_star: { label: 'Linked outside, shares little here', hint: 'Knowledge ties outside the cluster but few to local actors — an "external star" (Giuliani & Bell 2005).' },
    mutual_exchanger: { label: 'Trades knowledge locally', hint: 'Gives and gets knowledge from local actors more than the average — a "mutual exchanger" (Giuliani & Bell 2005).' },
    weakly_connected: { label: 'Few local knowledge ties', hint: 'Some knowledge ties to local actors, fewer than the average. Other kinds of ties (supply, finance, policy…) do not count here.' },
    isolated: { label: 'No local knowledge ties', hint: 'No knowledge ties to local actors (and few outside). It may still have supply, finance or policy ties: this is only about learning.' },
  },
  'zh-CN': {
    gatekeeper: { label: '引入外部知识', hint: '与集群外有知识联系，并把学到的知识传给本地行动者——即“技术守门人”（Giuliani & Bell 2005）。' },
    external_star: { label: '对外联系多，本地分享少', hint: '与集群外有知识联系，但与本地行动者联系很少——即“外部明星”（Giuliani & Bell 2005）。' },
    mutual_exchanger: { label: '在本地交流知识', hint: '与本地行动者相互给予和获取知识，多于平均水平——即“相互交流者”（Giuliani & Bell 2005）。' },
    weakly_connected: { label: '本地知识联系较少', hint: '与本地行动者有一些知识联系，但少于平均水平。其他类型的联系（供应、金融、政策……）在此不计。' },
    isolated: { label: '无本地知识联系', hint: '与本地行动者没有知识联系（对外也很少）。它可能仍有供应、金融或政策联系：这里只看学习。' },
  },
};

/** The research term of each role, for tables and the CLI. */
export const ROLE_TERM: Record<Locale, Record<KnowledgeRole, string>> = {
  en: { gatekeeper: 'technological gatekeeper', external_star: 'external star', mutual_exchanger: 'mutual exchanger', weakly_connected: 'weakly connected', isolated: 'isolated' },
  'zh-CN': { gatekeeper: '技术守门人', external_star: '外部明星', mutual_exchanger: '相互交流者', weakly_connected: '弱连接者', isolated: '孤立者' },
};

export const BROKERAGE_WORDS: Record<Locale, Record<BrokerageRole, string>> = {
  en: { coordinator: 'coordinator', itinerant: 'itinerant', gatekeeper: 'gatekeeper', representative: 'representative', liaison: 'liaison' },
  'zh-CN': { coordinator: '协调者', itinerant: '顾问者', gatekeeper: '守门人', representative: '代表者', liaison: '联络者' },
};

export const ARCHETYPE_WORDS: Record<Locale, Record<Archetype, { label: string; line: string }>> = {
  en: {
    marshallian: { label: 'Marshallian district', line: 'Many small local firms trading and learning from each other, no dominant player.' },
    hub_and_spoke: { label: 'Hub-and-spoke', line: 'One or a few large firms at the centre, suppliers around them that rarely talk to each other.' },
    satellite_platform: { label: 'Satellite platform', line: 'Branches of outside companies, tied to head offices elsewhere more than to each other.' },
    state_anchored: { label: 'State-anchored', line: 'A public body, university or lab sits at the centre and holds the cluster together.' },
    mixed: { label: 'Mixed', line: 'No single pattern dominates: features of several cluster types at once.' },
  },
  'zh-CN': {
    marshallian: { label: '马歇尔式产业区', line: '众多本地中小企业相互交易、相互学习，没有主导者。' },
    hub_and_spoke: { label: '轮轴式', line: '一家或几家大企业居于中心，周围的供应商彼此很少往来。' },
    satellite_platform: { label: '卫星平台式', line: '外来企业的分支机构，与外地总部的联系多于彼此之间的联系。' },
    state_anchored: { label: '国家锚定型', line: '由一个公共机构、大学或实验室居于中心，把集群凝聚在一起。' },
    mixed: { label: '混合型', line: '没有单一模式占主导：同时具有几种集群类型的特征。' },
  },
};

export const GOVERNANCE_WORDS: Record<Locale, Record<GovernanceClass, string>> = {
  en: { market: 'Market', modular: 'Modular', relational: 'Relational', captive: 'Captive', hierarchy: 'Hierarchy', not_expected: 'Not expected', exclusion: 'Supplier excluded' },
  'zh-CN': { market: '市场型', modular: '模块型', relational: '关系型', captive: '俘获型', hierarchy: '层级型', not_expected: '不符合预期', exclusion: '供应商被排除' },
};

export const INDEX_WORDS: Record<Locale, Record<'ici' | 'gi', { short: string; name: string; hint: string }>> = {
  en: {
    ici: { short: 'ICI', name: 'Innovation capability', hint: 'How well knowledge flows in, around and out of the cluster' },
    gi: { short: 'GI', name: 'Governance', hint: 'How well the cluster organises itself and its value chains' },
  },
  'zh-CN': {
    ici: { short: 'ICI', name: '创新能力', hint: '知识流入、在集群内流转并向外流出的顺畅程度' },
    gi: { short: 'GI', name: '治理', hint: '集群自我组织及组织其价值链的能力' },
  },
};
