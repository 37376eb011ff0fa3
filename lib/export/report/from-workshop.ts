import type { MapComparison } from '../../compare/compare-maps';
import { agreementOf } from '../../map/agreement';
import { namesOf, type Discussion } from '../../map/discussion';
import type { Locale } from '../../i18n/locale';
import { elementNames } from '../../map/labels';
import type { ClusterMap } from '../../map/types';
import type { AgreementInput, ComparisonInput, DiscussionInput, SourceKind } from './model-types';
import { INDEX_LABEL } from './words';

// The report's workshop sections built from a map and its discussion (lib/map/discussion.ts): what the
// group agreed under its rules, what it said, and how the map differs from an earlier state.

export function agreementInput(map: ClusterMap, discussion: Pick<Discussion, 'votes' | 'decisions' | 'tallies'>, locale?: Locale): AgreementInput {
  const agreement = agreementOf(map, discussion);
  const names = elementNames(map, locale);
  return {
    rules: agreement.rules,
    elements: agreement.elements.map((e) => {
      const element: AgreementInput['elements'][number] = { id: e.id, kind: e.kind, label: names.get(e.id) ?? e.id, status: e.status, tally: e.tally };
      if (e.decision) element.decision = e.decision.value;
      if (e.decision?.reason) element.reason = e.decision.reason;
      if (e.secret) element.secret = true;
      return element;
    }),
  };
}

/** The comments on elements of `map`, oldest first, with the names of their authors (elements named in `locale`). */
export function discussionInput(map: ClusterMap, discussion: Pick<Discussion, 'comments' | 'people'>, locale?: Locale): DiscussionInput {
  const names = elementNames(map, locale);
  const people = namesOf(discussion);
  return {
    comments: discussion.comments
      .filter((c) => names.has(c.element))
      .map((c) => ({ element: c.element, elementLabel: names.get(c.element)!, author: people[c.author] ?? 'Someone', text: c.text, at: new Date(c.at).toISOString() })),
  };
}

const elementsOf = (map: ClusterMap) => ({ actors: map.actors, ties: map.ties, stages: map.stages });

/** The comparison section: the indices and sub-indicators before and after, and what came and went. */
export function comparisonInput(
  comparison: MapComparison,
  before: ClusterMap,
  after: ClusterMap,
  against: { kind: SourceKind; name?: string; at?: number },
  direction: 'since' | 'would' = 'since',
): ComparisonInput {
  const namesBefore = elementNames(before);
  const namesAfter = elementNames(after);
  const listed = (ids: string[], kind: 'actor' | 'tie', names: Map<string, string>) => ids.map((id) => ({ id, kind, label: names.get(id) ?? id }));
  const input: ComparisonInput = {
    against: { kind: against.kind, ...(against.name ? { name: against.name } : {}), ...(against.at !== undefined ? { at: new Date(against.at).toISOString() } : {}) },
    values: [
      { id: 'ici', name: INDEX_LABEL.ici.name, before: comparison.indices.ici.from, after: comparison.indices.ici.to },
      { id: 'gi', name: INDEX_LABEL.gi.name, before: comparison.indices.gi.from, after: comparison.indices.gi.to },
      ...Object.entries(comparison.indices.components).map(([id, c]) => ({ id, name: c.name, before: c.from, after: c.to })),
    ],
    added: [...listed(comparison.actors.added, 'actor', namesAfter), ...listed(comparison.ties.added, 'tie', namesAfter)],
    removed: [...listed(comparison.actors.removed, 'actor', namesBefore), ...listed(comparison.ties.removed, 'tie', namesBefore)],
    direction,
    explained: [['ici', comparison.indices.ici] as const, ['gi', comparison.indices.gi] as const, ...Object.entries(comparison.indices.components)]
      .filter(([, c]) => c.points !== 0)
      .map(([id, c]) => ({ id, message: c.i18n })),
    sides: { from: elementsOf(before), to: elementsOf(after) },
  };
  return input;
}
