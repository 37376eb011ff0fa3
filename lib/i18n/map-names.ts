import { DEFAULT_STAGES } from '../map/default-stages';
import { labelFor, tieName } from '../map/labels';
import type { Actor, ClusterMap, Stage } from '../map/types';
import type { Locale } from './locale';
import type { NameLookup } from './wording';

// What a reader of one language calls the elements of a map: actors by their name in that language
// (lib/map/labels.ts labelFor), ties by their two ends, the default value-chain stages in that language
// when the workshop kept their default label. For wordEngine's `names` (lib/i18n/engine-words.ts).

export const STAGE_WORDS: Record<Locale, Record<string, string>> = {
  en: Object.fromEntries(DEFAULT_STAGES.map((s) => [s.id, s.label])),
  'zh-CN': { rd: '研发', design: '设计', components: '零部件', manufacturing: '制造', marketing: '营销与品牌', distribution: '分销', after_sales: '售后服务' },
};

/** A stage's label for the reader: a default stage still under its default label is said in their language. */
export function stageLabel(stage: Pick<Stage, 'id' | 'label'>, locale: Locale): string {
  const original = DEFAULT_STAGES.find((s) => s.id === stage.id);
  return original && original.label === stage.label ? (STAGE_WORDS[locale][stage.id] ?? stage.label) : stage.label;
}

/** The map with every actor's label and every default stage's label in `locale` (for the scene and the report). */
export function localisedMap<M extends Pick<ClusterMap, 'actors' | 'stages'>>(map: M, locale: Locale): M {
  return {
    ...map,
    actors: map.actors.map((a: Actor) => ({ ...a, label: labelFor(a, locale) })),
    stages: map.stages.map((s) => ({ ...s, label: stageLabel(s, locale) })),
  };
}

export function namesFor(map: Pick<ClusterMap, 'actors' | 'ties' | 'stages'>, locale: Locale): NameLookup {
  const names = new Map<string, string>(map.actors.map((a) => [a.id, labelFor(a, locale)]));
  const actorName = (id: string) => names.get(id) ?? id;
  for (const t of map.ties) if (!names.has(t.id)) names.set(t.id, tieName(t, actorName));
  for (const s of map.stages) if (!names.has(s.id)) names.set(s.id, stageLabel(s, locale));
  return (id) => names.get(id);
}

/**
 * The goals the Optics Valley template gives its actors (lib/map/templates/optics-valley.ts), in Chinese:
 * built-in words of the demo, so a reader of Chinese sees them in Chinese. A goal people typed stays as
 * typed (like a renamed stage), and the goal itself (what the filter matches) is never changed.
 */
export const TEMPLATE_GOAL_WORDS: Record<Locale, Readonly<Record<string, string>>> = {
  en: {},
  'zh-CN': {
    'make Hubei a national optoelectronics and chip base': '把湖北建成国家光电子与芯片基地',
    'attract and keep lead firms': '引进并留住龙头企业',
    'grow a "chip–screen–terminal–network" chain': '壮大“芯–屏–端–网”产业链',
    'lead in laser processing for batteries and cars': '在电池和汽车激光加工领域领先',
    'keep preform technology in-house': '把预制棒技术掌握在自己手中',
    'expand abroad': '拓展海外市场',
    'make high-speed optical chips in Wuhan': '在武汉制造高速光芯片',
  },
};

/** A goal as the reader sees it: a built-in one in their language, any other as typed. */
export const goalLabel = (goal: string, locale: Locale): string => (Object.hasOwn(TEMPLATE_GOAL_WORDS[locale], goal) ? TEMPLATE_GOAL_WORDS[locale][goal] : goal);
