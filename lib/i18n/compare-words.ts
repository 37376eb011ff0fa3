import type { CompareMessage, CompareMessageKey } from '../compare/messages';
import type { ClusterMap } from '../map/types';
import { INDEX_WORDS } from './code-words';
import { wordEngine } from './engine-words';
import { listSeparator, type Locale } from './locale';
import { namesFor } from './map-names';
import { messageArgs, toLookup, type MessageArgs, type Names } from './wording';

// A comparison's sentences in English and Chinese (docs/engine.md "How a change is attributed"): each
// index and sub-indicator with its change in points on the 0–100 scale and the added, removed and changed
// elements that explain it, "I3 triple-helix linkage +12: Wuhan University now has a tie to the zone's
// administrative committee". lib/compare emits the keys and values; only this file words them.

/** At most this many elements are named in one sentence; the rest are counted. */
export const NAMED_IN_SENTENCE = 3;

type Phrases = {
  fields: Record<string, string>;
  fieldList: (fields: string[]) => string;
  tieAdded: (from: string, to: string) => string;
  tieRemoved: (from: string, to: string) => string;
  tieChanged: (from: string, to: string, fields: string) => string;
  actorAdded: (name: string) => string;
  actorRemoved: (name: string) => string;
  actorChanged: (name: string, fields: string) => string;
  more: (n: number) => string;
  clauses: (parts: string[]) => string;
};

const EN: Phrases = {
  fields: {
    label: 'name',
    labels: 'names in other languages',
    type: 'type',
    scope: 'scope (in or outside the cluster)',
    stages: 'value-chain stages',
    influence: 'influence',
    goals: 'goals',
    notes: 'notes',
    source: 'start',
    target: 'end',
    kind: 'kind',
    directed: 'direction',
    strength: 'strength',
    tacit: 'tacit knowledge',
    gvc: 'value-chain governance answers',
  },
  fieldList: (f) => (f.length <= 1 ? f.join('') : `${f.slice(0, -1).join(', ')} and ${f.at(-1)}`),
  tieAdded: (a, b) => `${a} now has a tie to ${b}`,
  tieRemoved: (a, b) => `${a} no longer has a tie to ${b}`,
  tieChanged: (a, b, f) => `the tie from ${a} to ${b} changed its ${f}`,
  actorAdded: (n) => `${n} is now on the map`,
  actorRemoved: (n) => `${n} is no longer on the map`,
  actorChanged: (n, f) => `${n} changed its ${f}`,
  more: (n) => `and ${n} more change${n === 1 ? '' : 's'}`,
  clauses: (p) => p.join('; '),
};

const ZH: Phrases = {
  fields: {
    label: '名称',
    labels: '其他语言名称',
    type: '类型',
    scope: '范围（集群内或集群外）',
    stages: '价值链环节',
    influence: '影响力',
    goals: '目标',
    notes: '备注',
    source: '起点',
    target: '终点',
    kind: '联系类型',
    directed: '方向',
    strength: '强度',
    tacit: '隐性知识',
    gvc: '价值链治理答案',
  },
  fieldList: (f) => f.join('、'),
  tieAdded: (a, b) => `${a}现在与${b}有了联系`,
  tieRemoved: (a, b) => `${a}与${b}之间不再有联系`,
  tieChanged: (a, b, f) => `${a}到${b}的联系改变了${f}`,
  actorAdded: (n) => `${n}已加入地图`,
  actorRemoved: (n) => `${n}已不在地图上`,
  actorChanged: (n, f) => `${n}的${f}发生了变化`,
  more: (n) => `另有${n}处变化`,
  clauses: (p) => p.join('；'),
};

const PHRASES: Record<Locale, Phrases> = { en: EN, 'zh-CN': ZH };

const signed = (points: number, _a?: MessageArgs) => `${points > 0 ? '+' : points < 0 ? '−' : '±'}${String(Math.abs(points))}`;

/** The sub-indicator's id and name as a sentence starts: "I3 triple-helix linkage", "I3 三螺旋联系". */
function indicatorName(id: string, locale: Locale): string {
  return `${id} ${midSentence(wordEngine({ key: `indicator.${id}.name` as never }, locale), locale)}`;
}

/** An English name after its code reads in lower case ("I3 triple-helix linkage"), an acronym ("GVC …") as it is. */
const midSentence = (name: string, locale: Locale) => (locale === 'en' && /^[A-Z][a-z]/.test(name) ? `${name.charAt(0).toLowerCase()}${name.slice(1)}` : name);

const indexName = (id: string, locale: Locale) => {
  const words = INDEX_WORDS[locale][id as 'ici' | 'gi'];
  return words ? `${words.short} ${midSentence(words.name, locale)}` : id;
};

/** Every explaining element as a clause, in the order ties added, removed, changed, actors added, removed, changed. */
function clauses(a: MessageArgs, p: Phrases): string[] {
  const fields = (codes: string) => p.fieldList(codes.split(',').filter(Boolean).map((f) => p.fields[f] ?? f));
  const ties = (key: string, say: (from: string, to: string, i: number) => string) =>
    a.list(key).map((_id, i) => say(a.name(a.list(`${key}From`)[i] ?? ''), a.name(a.list(`${key}To`)[i] ?? ''), i));
  return [
    ...ties('tiesAdded', (x, y) => p.tieAdded(x, y)),
    ...ties('tiesRemoved', (x, y) => p.tieRemoved(x, y)),
    ...ties('tiesChanged', (x, y, i) => p.tieChanged(x, y, fields(a.list('tiesChangedFields')[i] ?? ''))),
    ...a.list('actorsAdded').map((id) => p.actorAdded(a.name(id))),
    ...a.list('actorsRemoved').map((id) => p.actorRemoved(a.name(id))),
    ...a.list('actorsChanged').map((id, i) => p.actorChanged(a.name(id), fields(a.list('actorsChangedFields')[i] ?? ''))),
  ];
}

type CompareWording = (a: MessageArgs) => string;

function catalogue(locale: Locale): Record<CompareMessageKey, CompareWording> {
  const p = PHRASES[locale];
  const zh = locale === 'zh-CN';
  const colon = zh ? '：' : ': ';
  const stop = zh ? '。' : '.';
  return {
    'compare.component.changed': (a) => {
      const all = clauses(a, p);
      const named = all.slice(0, NAMED_IN_SENTENCE);
      const rest = all.length - named.length;
      return `${indicatorName(a.str('id'), locale)} ${signed(a.raw('points'), a)}${colon}${p.clauses(rest > 0 ? [...named, p.more(rest)] : named)}${stop}`;
    },
    'compare.component.unexplained': (a) =>
      `${indicatorName(a.str('id'), locale)} ${signed(a.raw('points'), a)}${colon}${zh ? '没有单个新增、删除或修改的要素直接解释这一变化；变化来自地图其他部分的比例变动' : 'no single added, removed or changed element explains it; the shares it is made of moved with the rest of the map'}${stop}`,
    'compare.component.unchanged': (a) => `${indicatorName(a.str('id'), locale)}${zh ? '：没有变化' : ': unchanged'}${stop}`,
    'compare.index.changed': (a) => {
      const parts = a.list('parts').map((id, i) => `${indicatorName(id, locale)} ${signed(Number(a.list('partPoints')[i]), a)}`);
      const why = parts.length ? parts.join(listSeparator(locale)) : zh ? '各分项变化均不足一分' : 'no sub-indicator moved by a whole tenth of a point';
      return `${indexName(a.str('index'), locale)} ${signed(a.raw('points'), a)}${colon}${why}${stop}`;
    },
    'compare.index.unchanged': (a) => `${indexName(a.str('index'), locale)}${zh ? '：没有变化' : ': unchanged'}${stop}`,
  };
}

const CATALOGUES: Record<Locale, Record<CompareMessageKey, CompareWording>> = { en: catalogue('en'), 'zh-CN': catalogue('zh-CN') };

/** One comparison message in `locale`; an unknown key reads as the key itself. */
export function wordCompare(message: CompareMessage, locale: Locale, names?: Names): string {
  const wording = CATALOGUES[locale]?.[message.key];
  return wording ? wording(messageArgs(message, locale, toLookup(names))) : message.key;
}

/** What to call the elements of either state: the later map's names first, the earlier map's for what went. */
export function comparisonNames(from: Pick<ClusterMap, 'actors' | 'ties' | 'stages'>, to: Pick<ClusterMap, 'actors' | 'ties' | 'stages'>, locale: Locale) {
  const later = namesFor(to, locale);
  const earlier = namesFor(from, locale);
  return (id: string) => later(id) ?? earlier(id);
}
