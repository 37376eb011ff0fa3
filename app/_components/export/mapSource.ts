// Which state of the workshop a file or the report is about (docs/report.md): the live map, its agreed
// elements only, or a checkpoint (whole, or its agreed elements only); the report page also has `default`, the server's choice (the latest
// checkpoint of kind `agreed`, else the live map). One encoding for the API's query, the report page's own
// address and the <select> values, so the menu, the page and the files always mean the same thing.

export type MapSource = { kind: 'default' } | { kind: 'live' } | { kind: 'agreed' } | { kind: 'checkpoint'; id: string; agreedOnly?: boolean };

export const LIVE: MapSource = { kind: 'live' };
export const DEFAULT_SOURCE: MapSource = { kind: 'default' };

/**
 * The query parameters that ask the API for `source`. `live=1` makes "the live map" explicit, because the
 * report and the PDF otherwise prefer the latest agreed checkpoint; "agreed" is the live map's agreed
 * actors and ties, the same as the canvas's "agreed map only" filter.
 */
export function sourceParams(source: MapSource): Record<string, string> {
  switch (source.kind) {
    case 'default':
      return {};
    case 'live':
      return { live: '1' };
    case 'agreed':
      return { agreed: '1', live: '1' };
    case 'checkpoint':
      return source.agreedOnly ? { checkpoint: source.id, agreed: '1' } : { checkpoint: source.id };
  }
}

/** The inverse of sourceParams, for the report page's address. */
export function sourceFromParams(params: URLSearchParams): MapSource {
  const checkpoint = params.get('checkpoint');
  if (checkpoint) return params.get('agreed') === '1' ? { kind: 'checkpoint', id: checkpoint, agreedOnly: true } : { kind: 'checkpoint', id: checkpoint };
  if (params.get('agreed') === '1') return { kind: 'agreed' };
  if (params.get('live') === '1') return LIVE;
  return DEFAULT_SOURCE;
}

/** A <select> option's value (which state; a checkpoint's "agreed only" is a checkbox beside it). */
export const sourceValue = (source: MapSource) => (source.kind === 'checkpoint' ? `checkpoint:${source.id}` : source.kind);

export function parseSourceValue(value: string): MapSource {
  if (value.startsWith('checkpoint:')) return { kind: 'checkpoint', id: value.slice('checkpoint:'.length) };
  if (value === 'live' || value === 'agreed' || value === 'default') return { kind: value };
  return LIVE;
}

const agreedOnly = (source: MapSource) => source.kind === 'checkpoint' && source.agreedOnly === true;

export const sameSource = (a: MapSource, b: MapSource) => sourceValue(a) === sourceValue(b) && agreedOnly(a) === agreedOnly(b);

/** The source chosen in the <select>, keeping "agreed only" when one checkpoint is swapped for another. */
export function chooseSource(value: string, previous: MapSource): MapSource {
  const next = parseSourceValue(value);
  return next.kind === 'checkpoint' && agreedOnly(previous) ? { ...next, agreedOnly: true } : next;
}
