// Reads whatever map it is given into the engine's clean model. Nothing here throws: unknown or missing
// fields fall back to neutral values and become warnings, and the measures only ever see a simple graph.

import {
  ACTOR_TYPES,
  GVC_LEVELS,
  SCOPES,
  TIE_KINDS,
  type ActorType,
  type GvcAttributes,
  type Scope,
  type TieKind,
} from '../map/types';
import { stableCountingSort } from './graph';
import { msg } from './messages';
import type { EngineWarning } from './types';

export interface ModelActor {
  /** Position in ascending id order: the integer every measure indexes by. */
  index: number;
  id: string;
  label: string;
  type: ActorType;
  scope: Scope;
  /** Known stage ids, deduplicated. */
  stages: string[];
}

export interface ModelTie {
  id: string;
  source: number;
  target: number;
  /** Null for a kind the engine does not know: the tie still counts as a tie. */
  kind: TieKind | null;
  directed: boolean;
  tacit: boolean;
  gvc: GvcAttributes | null;
}

export interface ModelStage {
  id: string;
  label: string;
  order: number;
  weight: number;
}

export interface Model {
  actors: ModelActor[];
  indexOf: Map<string, number>;
  /** Ties the measures use: no self-loops, no dangling ends, no duplicates; ascending id order. */
  ties: ModelTie[];
  /** Every tie with an id and both ends known (self-loops and duplicates included), for per-tie output. */
  allTies: ModelTie[];
  stages: ModelStage[];
  weightsOverride: unknown;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Sorts positions by id (stable, so equal ids keep input order) and flags every position whose id appeared
 * earlier in the input. `null` marks an item without a usable id: left out of `order`, never a repeat. One
 * sort replaces a Set of ids, whose rehashing costs milliseconds on a 10,000-tie map, and the sort is needed
 * anyway: the model lists actors and ties in ascending id order.
 */
function orderById(ids: (string | null)[]): { order: number[]; repeat: Uint8Array } {
  const order: number[] = [];
  for (let i = 0; i < ids.length; i++) if (ids[i] !== null) order.push(i);
  order.sort((a, b) => compareIds(ids[a]!, ids[b]!));
  const repeat = new Uint8Array(ids.length);
  for (let k = 1; k < order.length; k++) if (ids[order[k]] === ids[order[k - 1]]) repeat[order[k]] = 1;
  return { order, repeat };
}

const idOf = (raw: unknown): string | null => (isObject(raw) && typeof raw.id === 'string' && raw.id ? raw.id : null);

function pickEnum<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function readGvc(value: unknown, tieId: string, warnings: EngineWarning[]): GvcAttributes | null {
  if (value === undefined || value === null) return null;
  const v = isObject(value) ? value : {};
  const complexity = pickEnum(GVC_LEVELS, v.complexity);
  const codifiability = pickEnum(GVC_LEVELS, v.codifiability);
  const supplierCapability = pickEnum(GVC_LEVELS, v.supplierCapability);
  const sameGroup = v.sameGroup === true;
  if (!complexity || !codifiability || !supplierCapability) {
    if (sameGroup) return { complexity: 'high', codifiability: 'low', supplierCapability: 'low', sameGroup };
    warnings.push({
      code: 'invalid_gvc',
      message: `tie ${tieId}: the GVC attributes need complexity, codifiability and supplier capability, each "low" or "high"; the tie is not classified`,
      elements: [tieId],
      i18n: msg('warning.invalid_gvc', { tie: tieId }),
    });
    return null;
  }
  return sameGroup ? { complexity, codifiability, supplierCapability, sameGroup } : { complexity, codifiability, supplierCapability };
}

/** A tie repeats an earlier one with the same kind between the same two actors, unless both are directed
 * and point opposite ways (that is reciprocity). Different kinds between one pair are multiplexity. */
const repeats = (earlier: ModelTie, tie: ModelTie) =>
  earlier.kind === tie.kind && !(earlier.directed && tie.directed && earlier.source !== tie.source);

/**
 * For each tie (ascending id order), the index of the first earlier kept tie it repeats, or −1; self-loops
 * get −1 and are never kept. Ties are grouped by unordered pair with two stable counting sorts (by the higher
 * end, then the lower), so the work is linear with no hashing; within one pair's group, in id order, each
 * tie is checked against the pair's kept ties, of which there are at most two per kind.
 */
function findEarlierTwins(ties: ModelTie[], n: number): Int32Array {
  const twin = new Int32Array(ties.length).fill(-1);
  const lo = new Int32Array(ties.length);
  const hi = new Int32Array(ties.length);
  const candidates = new Int32Array(ties.length);
  let count = 0;
  ties.forEach((t, e) => {
    if (t.source === t.target) return;
    lo[e] = Math.min(t.source, t.target);
    hi[e] = Math.max(t.source, t.target);
    candidates[count++] = e;
  });
  const byPair = stableCountingSort(stableCountingSort(candidates.subarray(0, count), hi, n), lo, n);
  // The kept ties of the current pair: kept[0 .. keptCount).
  const kept = new Int32Array(byPair.length);
  let keptCount = 0;
  for (let k = 0; k < byPair.length; k++) {
    const e = byPair[k];
    const prev = k > 0 ? byPair[k - 1] : -1;
    if (prev < 0 || lo[prev] !== lo[e] || hi[prev] !== hi[e]) keptCount = 0;
    let same = -1;
    for (let j = 0; j < keptCount && same < 0; j++) if (repeats(ties[kept[j]], ties[e])) same = kept[j];
    if (same < 0) kept[keptCount++] = e;
    else twin[e] = same;
  }
  return twin;
}

export function readModel(input: unknown, warnings: EngineWarning[]): Model {
  const map = isObject(input) ? input : {};
  if (!isObject(input)) warnings.push({ code: 'invalid_map', message: 'the map is not an object; it is read as empty', elements: [], i18n: msg('warning.invalid_map') });
  const meta = isObject(map.meta) ? map.meta : {};

  // Stages first: actors refer to them.
  const stages: ModelStage[] = [];
  const stageIds = new Set<string>();
  asArray(map.stages).forEach((raw, i) => {
    const s = isObject(raw) ? raw : {};
    if (typeof s.id !== 'string' || !s.id) {
      warnings.push({ code: 'missing_field', message: `stage #${i + 1} has no id and is left out`, elements: [], i18n: msg('warning.missing_field.stage_id', { n: i + 1 }) });
      return;
    }
    if (stageIds.has(s.id)) {
      warnings.push({ code: 'duplicate_id', message: `stage id "${s.id}" appears twice; the first is used`, elements: [s.id], i18n: msg('warning.duplicate_id.stage', { id: s.id }) });
      return;
    }
    stageIds.add(s.id);
    const weight = typeof s.weight === 'number' && Number.isFinite(s.weight) && s.weight >= 0 ? s.weight : 1;
    if (weight !== s.weight)
      warnings.push({ code: 'missing_field', message: `stage "${s.id}" has no usable weight; 1 is used`, elements: [s.id], i18n: msg('warning.missing_field.stage_weight', { stage: s.id }) });
    stages.push({
      id: s.id,
      label: typeof s.label === 'string' ? s.label : s.id,
      order: typeof s.order === 'number' && Number.isFinite(s.order) ? s.order : i,
      weight,
    });
  });
  stages.sort((a, b) => a.order - b.order || compareIds(a.id, b.id));

  const rawActorList = asArray(map.actors);
  const actorIds = orderById(rawActorList.map(idOf));
  // Read in input order (so warnings come in input order), listed afterwards in id order.
  const readActors: (ModelActor | undefined)[] = new Array(rawActorList.length);
  rawActorList.forEach((raw, i) => {
    const a = isObject(raw) ? raw : {};
    if (typeof a.id !== 'string' || !a.id) {
      warnings.push({ code: 'missing_field', message: `actor #${i + 1} has no id and is left out`, elements: [], i18n: msg('warning.missing_field.actor_id', { n: i + 1 }) });
      return;
    }
    const id = a.id;
    if (actorIds.repeat[i]) {
      warnings.push({ code: 'duplicate_id', message: `actor id "${id}" appears twice; the first is used`, elements: [id], i18n: msg('warning.duplicate_id.actor', { id }) });
      return;
    }
    let type = pickEnum(ACTOR_TYPES, a.type);
    if (!type) {
      warnings.push({
        code: a.type === undefined ? 'missing_field' : 'unknown_actor_type',
        message: `actor "${id}": type ${a.type === undefined ? 'is missing' : JSON.stringify(a.type) + ' is unknown'}; read as "other"`,
        elements: [id],
        i18n: a.type === undefined ? msg('warning.missing_field.actor_type', { actor: id }) : msg('warning.unknown_actor_type', { actor: id, value: JSON.stringify(a.type) }),
      });
      type = 'other';
    }
    let scope = pickEnum(SCOPES, a.scope);
    if (!scope) {
      warnings.push({
        code: a.scope === undefined ? 'missing_field' : 'unknown_scope',
        message: `actor "${id}": scope ${a.scope === undefined ? 'is missing' : JSON.stringify(a.scope) + ' is unknown'}; read as "local"`,
        elements: [id],
        i18n: a.scope === undefined ? msg('warning.missing_field.actor_scope', { actor: id }) : msg('warning.unknown_scope', { actor: id, value: JSON.stringify(a.scope) }),
      });
      scope = 'local';
    }
    const actorStages: string[] = [];
    for (const s of asArray(a.stages)) {
      if (typeof s !== 'string') continue;
      if (!stageIds.has(s)) {
        warnings.push({ code: 'unknown_stage', message: `actor "${id}" performs unknown stage "${s}"; ignored`, elements: [id], i18n: msg('warning.unknown_stage', { actor: id, stage: s }) });
        continue;
      }
      if (!actorStages.includes(s)) actorStages.push(s);
    }
    // The index is known once all actors are read and sorted.
    readActors[i] = { id, label: typeof a.label === 'string' && a.label ? a.label : id, type, scope, stages: actorStages, index: -1 };
  });
  const actors: ModelActor[] = [];
  for (const i of actorIds.order) {
    const a = readActors[i];
    if (!a) continue;
    a.index = actors.length;
    actors.push(a);
  }
  const indexOf = new Map(actors.map((a) => [a.id, a.index]));

  const rawTieList = asArray(map.ties);
  // A dangling tie still claims its id: a later tie with the same id is a duplicate.
  const tieIds = orderById(rawTieList.map(idOf));
  const readTies: (ModelTie | undefined)[] = new Array(rawTieList.length);
  rawTieList.forEach((raw, i) => {
    const t = isObject(raw) ? raw : {};
    if (typeof t.id !== 'string' || !t.id) {
      warnings.push({ code: 'missing_field', message: `tie #${i + 1} has no id and is left out`, elements: [], i18n: msg('warning.missing_field.tie_id', { n: i + 1 }) });
      return;
    }
    const id = t.id;
    if (tieIds.repeat[i]) {
      warnings.push({ code: 'duplicate_id', message: `tie id "${id}" appears twice; the first is used`, elements: [id], i18n: msg('warning.duplicate_id.tie', { id }) });
      return;
    }
    const source = typeof t.source === 'string' ? indexOf.get(t.source) : undefined;
    const target = typeof t.target === 'string' ? indexOf.get(t.target) : undefined;
    if (source === undefined || target === undefined) {
      warnings.push({
        code: 'dangling_tie',
        message: `tie "${id}" joins ${JSON.stringify(t.source ?? null)} and ${JSON.stringify(t.target ?? null)}, and an end is not an actor of the map; it is left out`,
        elements: [id],
        i18n: msg('warning.dangling_tie', { tie: id, source: JSON.stringify(t.source ?? null), target: JSON.stringify(t.target ?? null) }),
      });
      return;
    }
    let kind = pickEnum(TIE_KINDS, t.kind);
    if (!kind) {
      warnings.push({
        code: t.kind === undefined ? 'missing_field' : 'unknown_tie_kind',
        message: `tie "${id}": kind ${t.kind === undefined ? 'is missing' : JSON.stringify(t.kind) + ' is unknown'}; it counts as a tie of no particular kind`,
        elements: [id],
        i18n: t.kind === undefined ? msg('warning.missing_field.tie_kind', { tie: id }) : msg('warning.unknown_tie_kind', { tie: id, value: JSON.stringify(t.kind) }),
      });
      kind = null;
    }
    let gvc = readGvc(t.gvc, id, warnings);
    if (gvc && kind !== 'supply') {
      warnings.push({ code: 'gvc_on_non_supply', message: `tie "${id}" is not a supply tie; its GVC attributes are ignored`, elements: [id], i18n: msg('warning.gvc_on_non_supply', { tie: id }) });
      gvc = null;
    }
    readTies[i] = { id, source, target, kind, directed: t.directed === true, tacit: t.tacit === true, gvc };
  });
  const allTies: ModelTie[] = [];
  for (const i of tieIds.order) {
    const tie = readTies[i];
    if (tie) allTies.push(tie);
  }

  const earlierTwin = findEarlierTwins(allTies, actors.length);
  const ties: ModelTie[] = [];
  allTies.forEach((tie, e) => {
    if (tie.source === tie.target) {
      warnings.push({
        code: 'self_loop',
        message: `tie "${tie.id}" joins ${actors[tie.source].id} to itself; the measures ignore it`,
        elements: [tie.id, actors[tie.source].id],
        i18n: msg('warning.self_loop', { tie: tie.id, actor: actors[tie.source].id }),
      });
      return;
    }
    if (earlierTwin[e] >= 0) {
      const same = allTies[earlierTwin[e]];
      const [lo, hi] = tie.source < tie.target ? [tie.source, tie.target] : [tie.target, tie.source];
      warnings.push({
        code: 'duplicate_tie',
        message: `tie "${tie.id}" repeats tie "${same.id}" (${tie.kind ?? 'unknown kind'}, ${actors[lo].id}–${actors[hi].id}); the measures count the pair once`,
        elements: [tie.id, same.id],
        i18n: msg('warning.duplicate_tie', { tie: tie.id, same: same.id, kind: tie.kind ?? '', ends: [actors[lo].id, actors[hi].id] }),
      });
      return;
    }
    ties.push(tie);
  });

  return { actors, indexOf, ties, allTies, stages, weightsOverride: meta.weights };
}
