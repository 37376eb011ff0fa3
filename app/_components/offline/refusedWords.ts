import type * as Y from 'yjs';
import { REFUSAL_REASONS, type RefusalReason } from '../../../lib/access/permissions';
import { stageLabel } from '../../../lib/i18n/map-names';
import type { Locale } from '../../../lib/i18n/locale';
import { parseVoteKey, readDiscussion } from '../../../lib/map/discussion';
import { labelFor } from '../../../lib/map/labels';
import type { Actor, Stage } from '../../../lib/map/types';
import { readMap } from '../../../lib/map/ydoc';
import type { Refusal } from '../../../lib/sync/provider';
import type { Translate } from '../model/serverWords';

// A refused write told to the person by element (docs/protocol.md P17): "Your change to Huawei was not
// saved: the map is frozen" — 您对华为的修改未能保存：地图已被冻结. What it was about is read from the
// local replica before it is dropped, so the names are the ones the person saw; it is worded when shown
// (wordRefusedChange), in the reader's language, which may change while the note is open.

/** What the refused change was: the subject of the sentence. */
export type RefusedWhat = 'change' | 'vote' | 'comment' | 'decision' | 'stage' | 'meta' | 'scenario' | 'last';

/** The element it touched, as the person saw it. */
export type RefusedName =
  | { kind: 'actor'; actor: Pick<Actor, 'label' | 'labels'> }
  | { kind: 'tie'; source: Pick<Actor, 'label' | 'labels'> | null; target: Pick<Actor, 'label' | 'labels'> | null }
  | { kind: 'stage'; stage: Pick<Stage, 'id' | 'label'> }
  | { kind: 'element' }
  | { kind: 'gone' }
  | { kind: 'none' };

/** Why the server refused it: a permission's reason, another code, or (a code this page does not know) the server's text. */
export type RefusedWhy = { reason: RefusalReason } | { code: 'too_large' | 'over_quota' | 'incomplete' } | { text: string };

export interface RefusedChange {
  /** The element it was about, when there is one (to select it on the map). */
  element: string | null;
  what: RefusedWhat;
  name: RefusedName;
  why: RefusedWhy;
  /** One line per distinct change: a React key and what the list de-duplicates by. */
  key: string;
}

const OTHER_CODES = ['too_large', 'over_quota', 'incomplete'] as const;

function whyOf(error: Refusal['error']): RefusedWhy {
  const reason = error.reason;
  if (reason && (REFUSAL_REASONS as readonly string[]).includes(reason)) return { reason: reason as RefusalReason };
  const code = OTHER_CODES.find((c) => c === error.code);
  if (code) return { code };
  return { text: error.error || '' };
}

/** One line per element (or part of the workshop) the refused changes touched, in the order they touched them. */
export function refusedChanges(doc: Y.Doc, refusal: Refusal): RefusedChange[] {
  const { map } = readMap(doc);
  const discussion = readDiscussion(doc);
  const actors = new Map(map.actors.map((a) => [a.id, a]));
  const nameOf = (id: string): RefusedName => {
    const actor = actors.get(id);
    if (actor !== undefined) return { kind: 'actor', actor };
    const tie = map.ties.find((t) => t.id === id);
    if (tie) return { kind: 'tie', source: actors.get(tie.source) ?? null, target: actors.get(tie.target) ?? null };
    return { kind: 'gone' };
  };
  const why = whyOf(refusal.error);
  const lines = new Map<string, RefusedChange>();
  const say = (what: RefusedWhat, name: RefusedName, element: string | null) => {
    const key = `${what}|${element ?? ''}|${JSON.stringify(name)}`;
    if (!lines.has(key)) lines.set(key, { element, what, name, why, key });
  };
  for (const [root, key] of refusal.touched) {
    if (root === 'actors' || root === 'ties') say('change', nameOf(key), key);
    else if (root === 'votes') {
      const element = parseVoteKey(key)?.element ?? null;
      say('vote', element ? nameOf(element) : { kind: 'element' }, element);
    } else if (root === 'comments') {
      const element = discussion.comments.find((c) => c.id === key)?.element ?? null;
      say('comment', element ? nameOf(element) : { kind: 'element' }, element);
    } else if (root === 'decisions') say('decision', nameOf(key), key);
    else if (root === 'stages') {
      const stage = map.stages.find((s) => s.id === key);
      say('stage', stage ? { kind: 'stage', stage } : { kind: 'none' }, null);
    } else if (root === 'meta') say('meta', { kind: 'none' }, null);
    else if (root === 'scenarios') say('scenario', { kind: 'none' }, null);
  }
  if (lines.size === 0) say('last', { kind: 'none' }, null);
  return [...lines.values()];
}

function nameText(t: Translate, locale: Locale, name: RefusedName): string {
  const actor = (a: Pick<Actor, 'label' | 'labels'> | null) => (a ? labelFor(a, locale) || t('refused.name.unnamed') : '?');
  switch (name.kind) {
    case 'actor':
      return actor(name.actor);
    case 'tie':
      return t('refused.name.tie', { source: actor(name.source), target: actor(name.target) });
    case 'stage':
      return stageLabel(name.stage, locale);
    case 'element':
      return t('refused.name.element');
    case 'gone':
      return t('refused.name.gone');
    case 'none':
      return '';
  }
}

function whyText(t: Translate, why: RefusedWhy): string {
  if ('reason' in why) return t(`refused.why.${why.reason}`);
  if ('code' in why) return t(`refused.why.${why.code}`);
  return why.text || t('refused.why.unknown');
}

/** The sentence for one refused change, in the reader's language. */
export function wordRefusedChange(t: Translate, locale: Locale, item: RefusedChange): string {
  const name = nameText(t, locale, item.name);
  const subject =
    item.what === 'meta' || item.what === 'scenario' ? t(`refused.subject.${item.what}`) : item.what === 'last' || (item.what === 'stage' && !name) ? t(`refused.subject.${item.what === 'last' ? 'last' : 'stageUnnamed'}`) : t(`refused.subject.${item.what}`, { name });
  return t('refused.line', { subject, why: whyText(t, item.why) });
}
