import type { z } from 'zod';
import { mapDocumentSchema } from './schemas';
import {
  MAP_FORMAT,
  MAP_FORMAT_VERSION,
  type ClusterMap,
  type MapDocument,
  type MapIssue,
  UNTITLED_TITLE,
} from './types';

export type ParseResult = { ok: true; map: ClusterMap } | { ok: false; issues: MapIssue[] };

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    return acc ? `${acc}.${String(part)}` : String(part);
  }, '');
}

function zodIssues(error: z.ZodError): MapIssue[] {
  return error.issues.map((issue) => ({ path: pathOf(issue.path) || '(document)', message: issue.message }));
}

/** Problems a schema cannot see: duplicate ids and references to elements that do not exist. */
function referenceIssues(map: ClusterMap): MapIssue[] {
  const issues: MapIssue[] = [];
  const seen = (kind: 'stages' | 'actors' | 'ties', items: { id: string }[]) => {
    const ids = new Set<string>();
    items.forEach((item, i) => {
      if (ids.has(item.id)) issues.push({ path: `${kind}[${i}].id`, message: `duplicate id "${item.id}"` });
      ids.add(item.id);
    });
    return ids;
  };
  const stageIds = seen('stages', map.stages);
  const actorIds = seen('actors', map.actors);
  seen('ties', map.ties);
  map.actors.forEach((actor, i) =>
    actor.stages.forEach((stage, j) => {
      if (!stageIds.has(stage))
        issues.push({ path: `actors[${i}].stages[${j}]`, message: `unknown stage "${stage}"` });
    }),
  );
  map.ties.forEach((tie, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!actorIds.has(tie[end]))
        issues.push({ path: `ties[${i}].${end}`, message: `unknown actor "${tie[end]}"` });
    }
  });
  return issues;
}

/**
 * Reads a `clustercanvas.map` v1 document. Every problem comes back with its path; nothing throws.
 * Self-loops and parallel ties are accepted: the engine reports them as warnings, and the map keeps what
 * people drew.
 */
export function parseMapDocument(input: unknown): ParseResult {
  const parsed = mapDocumentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const { format: _format, version: _version, ...map } = parsed.data;
  const { locked, ...meta } = map.meta;
  if (locked && !meta.editing) meta.editing = 'paused';
  map.meta = meta;
  const issues = referenceIssues(map as ClusterMap);
  return issues.length ? { ok: false, issues } : { ok: true, map: map as ClusterMap };
}

/** Parses JSON text, reporting a syntax error the same way as a schema problem. */
export function parseMapJson(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, issues: [{ path: '(document)', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return parseMapDocument(value);
}

/** The interchange document for a map: stable key order, elements sorted by id for clean diffs. */
export function toMapDocument(map: ClusterMap): MapDocument {
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: MAP_FORMAT,
    version: MAP_FORMAT_VERSION,
    meta: map.meta,
    stages: [...map.stages].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1)),
    actors: byId(map.actors),
    ties: byId(map.ties),
  };
}

export function emptyMap(title = UNTITLED_TITLE): ClusterMap {
  return { meta: { title }, stages: [], actors: [], ties: [] };
}
