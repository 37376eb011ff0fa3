import type { ActorLabels } from './types';

// How an actor's names in two languages live in the Y.Doc (docs/map-format.md "Names in two languages",
// docs/architecture.md "The workshop document"): one plain string field per language beside `label`
// (`label.en`, `label.zh-CN`), so two people naming one actor in the two languages both win, and the
// write check bounds each like a label.

export const LABEL_LOCALES = ['en', 'zh-CN'] as const;
export const labelField = (locale: (typeof LABEL_LOCALES)[number]) => `label.${locale}`;

/**
 * An actor's fields as the document stores them: `labels` becomes one field per language; a name that is
 * absent or blank in a given `labels` is written as undefined (removed by an update). Other fields pass.
 */
export function documentFields(fields: Record<string, unknown>): Record<string, unknown> {
  if (!('labels' in fields)) return fields;
  const { labels, ...rest } = fields;
  const given = labels && typeof labels === 'object' ? (labels as Record<string, unknown>) : {};
  for (const locale of LABEL_LOCALES) {
    const name = given[locale];
    rest[labelField(locale)] = typeof name === 'string' && name.trim() ? name : undefined;
  }
  return rest;
}

/** The names an actor's fields hold, or undefined when it has none. */
export function readLabels(get: (key: string) => unknown): ActorLabels | undefined {
  const labels: ActorLabels = {};
  for (const locale of LABEL_LOCALES) {
    const name = get(labelField(locale));
    if (typeof name === 'string' && name.trim()) labels[locale] = name;
  }
  return Object.keys(labels).length ? labels : undefined;
}
