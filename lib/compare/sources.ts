// What a comparison's two sides can be (docs/architecture.md "Comparisons"): a checkpoint by its id, the
// live map (`live`), or a what-if scenario over the live map (`scenario:<sid>`). Parsing only; the server
// resolves a source to a map and its report (server/compare/compare-sources.ts).

export type CompareSource = { kind: 'live' } | { kind: 'checkpoint'; id: string } | { kind: 'scenario'; id: string };

/** Ids are short and URL-safe (lib/map/ids.ts); anything else is not a source. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const SCENARIO_PREFIX = 'scenario:';

export type SourceParse = { ok: true; source: CompareSource } | { ok: false; problem: string };

export function parseCompareSource(text: string | null | undefined): SourceParse {
  const value = (text ?? '').trim();
  if (!value) return { ok: false, problem: 'missing: give a checkpoint id, live or scenario:<id>' };
  if (value === 'live') return { ok: true, source: { kind: 'live' } };
  if (value.startsWith(SCENARIO_PREFIX)) {
    const id = value.slice(SCENARIO_PREFIX.length);
    return ID.test(id) ? { ok: true, source: { kind: 'scenario', id } } : { ok: false, problem: `"${value}" is not scenario:<id>` };
  }
  return ID.test(value) ? { ok: true, source: { kind: 'checkpoint', id: value } } : { ok: false, problem: `"${value}" is not a checkpoint id, live or scenario:<id>` };
}

/** The source as a query value again: `live`, the checkpoint id, `scenario:<id>`. */
export function compareSourceText(source: CompareSource): string {
  return source.kind === 'live' ? 'live' : source.kind === 'scenario' ? `${SCENARIO_PREFIX}${source.id}` : source.id;
}
