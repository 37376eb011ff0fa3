import * as Y from 'yjs';
import { documentFields, readLabels } from './label-fields';
import {
  ACTOR_TYPES,
  EDITING_MODES,
  UNTITLED_TITLE,
  GVC_LEVELS,
  SCOPES,
  TIE_KINDS,
  WORKSHOP_PHASES,
  type Actor,
  type ActorType,
  type ClusterMap,
  type EditingMode,
  type GvcAttributes,
  type MapIssue,
  type MapMeta,
  type Stage,
  type Tie,
  type TieKind,
} from './types';

// The workshop document (docs/architecture.md "The workshop document"): top-level Y.Maps keyed by id. Map
// elements are each a Y.Map of their fields, so that two people editing different fields of one actor both
// win; the discussion (votes, comments, decisions, people) is flat, one entry per vote or comment, so that
// who owns an entry is one key or one field (lib/map/discussion.ts).
export const DOC_KEYS = {
  actors: 'actors',
  ties: 'ties',
  stages: 'stages',
  meta: 'meta',
  votes: 'votes',
  comments: 'comments',
  decisions: 'decisions',
  people: 'people',
  /** What-if scenarios: planned changes over the live map, invisible to its readers (lib/scenarios). */
  scenarios: 'scenarios',
  /** Secret rounds (docs/protocol.md P18): written by the server only, like `people`. */
  rounds: 'rounds',
} as const;
export type DocKey = (typeof DOC_KEYS)[keyof typeof DOC_KEYS];
/** Every top-level type a workshop document may hold; the server refuses updates that make any other. */
export const DOC_ROOTS: readonly DocKey[] = Object.values(DOC_KEYS);
/** The roots that hold map elements, each keyed by element id. */
export const ELEMENT_ROOTS = [DOC_KEYS.actors, DOC_KEYS.ties, DOC_KEYS.stages] as const;

/**
 * Meta keys only a facilitator may change (docs/protocol.md P13): they steer the workshop (phase, timer,
 * what participants may edit), its scoring (weights), its agreement rules (quorum, threshold) and its
 * name. `locked` is the editing switch of older documents, read as `editing: paused`; `restored` is
 * written by the server when a checkpoint is restored (clients clear their undo history).
 */
export const FACILITATOR_META_KEYS = ['phase', 'timer', 'editing', 'locked', 'weights', 'title', 'quorum', 'threshold', 'restored'] as const;
export type FacilitatorMetaKey = (typeof FACILITATOR_META_KEYS)[number];
/** Meta keys that describe the map itself: participants may change them while editing is open. */
export const MAP_DETAIL_KEYS = ['cluster', 'region', 'sector'] as const;
export type MapDetailKey = (typeof MAP_DETAIL_KEYS)[number];

type Fields = Y.Map<unknown>;

export const actorsOf = (doc: Y.Doc) => doc.getMap<Fields>(DOC_KEYS.actors);
export const tiesOf = (doc: Y.Doc) => doc.getMap<Fields>(DOC_KEYS.ties);
export const stagesOf = (doc: Y.Doc) => doc.getMap<Fields>(DOC_KEYS.stages);
export const metaOf = (doc: Y.Doc) => doc.getMap<unknown>(DOC_KEYS.meta);

/** What participants may change now (older documents say `locked: true` for paused). */
export function editingModeOf(doc: Y.Doc): EditingMode {
  const meta = metaOf(doc);
  const editing = meta.get('editing');
  if ((EDITING_MODES as readonly unknown[]).includes(editing)) return editing as EditingMode;
  return meta.get('locked') === true ? 'paused' : 'open';
}

// ---------------------------------------------------------------------------------------------------------
// Reading. A reader never throws on what an old or foreign client wrote: unknown enum values fall back to a
// neutral value and are reported as issues, while the document itself keeps what was written.

export interface ReadResult {
  map: ClusterMap;
  issues: MapIssue[];
}

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T, path: string, issues: MapIssue[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  if (value !== undefined) issues.push({ path, message: `unknown value ${JSON.stringify(value)}, read as "${fallback}"` });
  return fallback;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function readActor(id: string, f: Fields, issues: MapIssue[] = []): Actor {
  const path = `actors.${id}`;
  const stages = f.get('stages');
  const goals = f.get('goals');
  const actor: Actor = {
    id,
    label: str(f.get('label')) ?? id,
    type: pick<ActorType>(ACTOR_TYPES, f.get('type'), 'other', `${path}.type`, issues),
    scope: pick(SCOPES, f.get('scope'), 'local', `${path}.scope`, issues),
    stages: Array.isArray(stages) ? stages.filter((s): s is string => typeof s === 'string') : [],
  };
  const influence = num(f.get('influence'));
  if (influence !== undefined) actor.influence = influence;
  if (Array.isArray(goals)) actor.goals = goals.filter((g): g is string => typeof g === 'string');
  const notes = str(f.get('notes'));
  if (notes !== undefined) actor.notes = notes;
  const x = num(f.get('x'));
  const y = num(f.get('y'));
  if (x !== undefined && y !== undefined) {
    actor.x = x;
    actor.y = y;
  }
  const createdBy = str(f.get('createdBy'));
  if (createdBy !== undefined) actor.createdBy = createdBy;
  const labels = readLabels((key) => f.get(key));
  if (labels) actor.labels = labels;
  return actor;
}

function readGvc(value: unknown, path: string, issues: MapIssue[]): GvcAttributes | undefined {
  const get = (k: string): unknown =>
    value instanceof Y.Map ? value.get(k) : value && typeof value === 'object' ? (value as Record<string, unknown>)[k] : undefined;
  if (!value) return undefined;
  const gvc: GvcAttributes = {
    complexity: pick(GVC_LEVELS, get('complexity'), 'low', `${path}.complexity`, issues),
    codifiability: pick(GVC_LEVELS, get('codifiability'), 'high', `${path}.codifiability`, issues),
    supplierCapability: pick(GVC_LEVELS, get('supplierCapability'), 'high', `${path}.supplierCapability`, issues),
  };
  if (get('sameGroup') === true) gvc.sameGroup = true;
  return gvc;
}

export function readTie(id: string, f: Fields, issues: MapIssue[] = []): Tie {
  const path = `ties.${id}`;
  const strength = f.get('strength');
  const tie: Tie = {
    id,
    source: str(f.get('source')) ?? '',
    target: str(f.get('target')) ?? '',
    kind: pick<TieKind>(TIE_KINDS, f.get('kind'), 'social', `${path}.kind`, issues),
    directed: f.get('directed') === true,
    strength: strength === 1 || strength === 3 ? strength : 2,
    tacit: f.get('tacit') === true,
  };
  const gvc = readGvc(f.get('gvc'), `${path}.gvc`, issues);
  if (gvc) tie.gvc = gvc;
  const notes = str(f.get('notes'));
  if (notes !== undefined) tie.notes = notes;
  const createdBy = str(f.get('createdBy'));
  if (createdBy !== undefined) tie.createdBy = createdBy;
  return tie;
}

export function readStage(id: string, f: Fields): Stage {
  return {
    id,
    label: str(f.get('label')) ?? id,
    order: num(f.get('order')) ?? 0,
    weight: num(f.get('weight')) ?? 1,
  };
}

export function readMeta(doc: Y.Doc, issues: MapIssue[] = []): MapMeta {
  const m = metaOf(doc);
  const meta: MapMeta = { title: str(m.get('title')) ?? UNTITLED_TITLE };
  for (const key of ['cluster', 'region', 'sector'] as const) {
    const v = str(m.get(key));
    if (v !== undefined) meta[key] = v;
  }
  const phase = m.get('phase');
  if (phase !== undefined) meta.phase = pick(WORKSHOP_PHASES, phase, 'map_actors', 'meta.phase', issues);
  const timer = m.get('timer');
  if (timer && typeof timer === 'object') {
    const t = timer as Record<string, unknown>;
    meta.timer = {};
    if (num(t.endsAt) !== undefined) meta.timer.endsAt = num(t.endsAt);
    if (num(t.remainingMs) !== undefined) meta.timer.remainingMs = num(t.remainingMs);
  }
  const editing = m.get('editing');
  if (editing !== undefined) meta.editing = pick(EDITING_MODES, editing, 'open', 'meta.editing', issues);
  else if (m.get('locked') === true) meta.editing = 'paused';
  const quorum = num(m.get('quorum'));
  if (quorum !== undefined) meta.quorum = quorum;
  const threshold = num(m.get('threshold'));
  if (threshold !== undefined) meta.threshold = threshold;
  const weights = m.get('weights');
  if (weights instanceof Y.Map || (weights && typeof weights === 'object')) {
    const entries = weights instanceof Y.Map ? [...weights.entries()] : Object.entries(weights as object);
    const clean: Record<string, number> = {};
    for (const [k, v] of entries) if (num(v) !== undefined) clean[k] = v as number;
    meta.weights = clean;
  }
  return meta;
}

const sortedEntries = <V>(m: Y.Map<V>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Reads the document as a ClusterMap. Ties whose ends are missing (a concurrent delete raced an add) are
 * left out and reported; elements come out in id order so every replica reads the same map.
 */
export function readMap(doc: Y.Doc): ReadResult {
  const issues: MapIssue[] = [];
  const actors: Actor[] = [];
  for (const [id, f] of sortedEntries(actorsOf(doc))) if (f instanceof Y.Map) actors.push(readActor(id, f, issues));
  const actorIds = new Set(actors.map((a) => a.id));
  const ties: Tie[] = [];
  for (const [id, f] of sortedEntries(tiesOf(doc))) {
    if (!(f instanceof Y.Map)) continue;
    const tie = readTie(id, f, issues);
    if (!actorIds.has(tie.source) || !actorIds.has(tie.target)) {
      issues.push({ path: `ties.${id}`, message: 'an end of this tie no longer exists; it is not shown' });
      continue;
    }
    ties.push(tie);
  }
  const stages: Stage[] = [];
  for (const [id, f] of sortedEntries(stagesOf(doc))) if (f instanceof Y.Map) stages.push(readStage(id, f));
  stages.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  return { map: { meta: readMeta(doc, issues), stages, actors, ties }, issues };
}

// ---------------------------------------------------------------------------------------------------------
// Editing. Every edit is one transaction; `origin` lets a Y.UndoManager track only its own user's edits.
// setFields and newElement are shared with the scenarios (lib/scenarios), whose planned elements have this shape.

export function setFields(target: Fields, fields: Record<string, unknown>) {
  for (const [key, value] of Object.entries(documentFields(fields))) {
    if (key === 'id') continue;
    if (value === undefined) {
      target.delete(key);
    } else if (key === 'gvc' && value && typeof value === 'object') {
      let gvc = target.get('gvc');
      if (!(gvc instanceof Y.Map)) {
        gvc = new Y.Map<unknown>();
        target.set('gvc', gvc);
      }
      setFields(gvc as Fields, value as Record<string, unknown>);
    } else if (target.get(key) !== value || typeof value === 'object') {
      target.set(key, value);
    }
  }
}

export function newElement(fields: Record<string, unknown>): Fields {
  const element = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(documentFields(fields))) {
    if (key === 'id' || value === undefined) continue;
    if (key === 'gvc' && value && typeof value === 'object') {
      const gvc = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(value)) if (v !== undefined) gvc.set(k, v);
      element.set(key, gvc);
    } else element.set(key, value);
  }
  return element;
}

export function addActor(doc: Y.Doc, actor: Actor, origin?: unknown): void {
  doc.transact(() => actorsOf(doc).set(actor.id, newElement({ ...actor })), origin);
}

export function updateActor(doc: Y.Doc, id: string, patch: Partial<Omit<Actor, 'id'>>, origin?: unknown): boolean {
  const element = actorsOf(doc).get(id);
  if (!element) return false;
  doc.transact(() => setFields(element, patch), origin);
  return true;
}

/** Moves several actors in one transaction (a drag of a selection is one undo step and one update). */
export function moveActors(doc: Y.Doc, positions: Record<string, { x: number; y: number }>, origin?: unknown): void {
  doc.transact(() => {
    for (const [id, { x, y }] of Object.entries(positions)) {
      const element = actorsOf(doc).get(id);
      if (!element) continue;
      element.set('x', x);
      element.set('y', y);
    }
  }, origin);
}

/**
 * Deletes an actor with every tie that touches it, in one transaction. Votes, comments and decisions on them
 * stay in the document (hidden while the element is gone), so undoing the delete brings them back.
 */
export function deleteActor(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!actorsOf(doc).has(id)) return false;
  doc.transact(() => {
    for (const [tieId, tie] of tiesOf(doc).entries()) {
      if (tie.get('source') === id || tie.get('target') === id) removeElement(doc, DOC_KEYS.ties, tieId);
    }
    removeElement(doc, DOC_KEYS.actors, id);
  }, origin);
  return true;
}

function removeElement(doc: Y.Doc, key: (typeof ELEMENT_ROOTS)[number], id: string) {
  doc.getMap(key).delete(id);
}

export function addTie(doc: Y.Doc, tie: Tie, origin?: unknown): boolean {
  const actors = actorsOf(doc);
  if (!actors.has(tie.source) || !actors.has(tie.target)) return false;
  doc.transact(() => tiesOf(doc).set(tie.id, newElement({ ...tie })), origin);
  return true;
}

export function updateTie(doc: Y.Doc, id: string, patch: Partial<Omit<Tie, 'id'>>, origin?: unknown): boolean {
  return patchTieFields(doc, tiesOf(doc).get(id), patch, origin);
}

/** Writes `patch` into a tie's Y.Map (a live tie, or one planned in a scenario); `gvc: undefined` removes it. */
export function patchTieFields(doc: Y.Doc, element: Y.Map<unknown> | null | undefined, patch: Partial<Omit<Tie, 'id'>>, origin?: unknown): boolean {
  if (!element) return false;
  doc.transact(() => {
    if (patch.gvc === undefined && 'gvc' in patch) element.delete('gvc');
    setFields(element, patch);
  }, origin);
  return true;
}

export function deleteTie(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!tiesOf(doc).has(id)) return false;
  doc.transact(() => removeElement(doc, DOC_KEYS.ties, id), origin);
  return true;
}

export function addStage(doc: Y.Doc, stage: Stage, origin?: unknown): void {
  doc.transact(() => stagesOf(doc).set(stage.id, newElement({ ...stage })), origin);
}

export function updateStage(doc: Y.Doc, id: string, patch: Partial<Omit<Stage, 'id'>>, origin?: unknown): boolean {
  const element = stagesOf(doc).get(id);
  if (!element) return false;
  doc.transact(() => setFields(element, patch), origin);
  return true;
}

/** Deletes a stage and takes it off every actor that performed it. */
export function deleteStage(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!stagesOf(doc).has(id)) return false;
  doc.transact(() => {
    for (const actor of actorsOf(doc).values()) {
      const stages = actor.get('stages');
      if (Array.isArray(stages) && stages.includes(id)) actor.set('stages', stages.filter((s) => s !== id));
    }
    removeElement(doc, DOC_KEYS.stages, id);
  }, origin);
  return true;
}

export function updateMeta(doc: Y.Doc, patch: Partial<MapMeta>, origin?: unknown): void {
  doc.transact(() => {
    const meta = metaOf(doc);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) meta.delete(key);
      else meta.set(key, value);
    }
  }, origin);
}

/**
 * Replaces the whole map in one transaction, writing every element afresh (a new document; an import or a
 * restore into a live one uses applyMap in lib/map/apply-map.ts, which keeps unchanged elements). The
 * discussion is left alone.
 */
export function replaceMap(doc: Y.Doc, map: ClusterMap, origin?: unknown): void {
  doc.transact(() => {
    for (const key of ELEMENT_ROOTS) {
      const m = doc.getMap(key);
      for (const id of [...m.keys()]) m.delete(id);
    }
    const meta = metaOf(doc);
    for (const key of [...meta.keys()]) meta.delete(key);
    for (const [key, value] of Object.entries(map.meta)) if (value !== undefined) meta.set(key, value);
    for (const stage of map.stages) stagesOf(doc).set(stage.id, newElement({ ...stage }));
    for (const actor of map.actors) actorsOf(doc).set(actor.id, newElement({ ...actor }));
    for (const tie of map.ties) tiesOf(doc).set(tie.id, newElement({ ...tie }));
  }, origin);
}

/** A fresh document holding `map`. */
export function docFromMap(map: ClusterMap): Y.Doc {
  const doc = new Y.Doc();
  replaceMap(doc, map);
  return doc;
}
