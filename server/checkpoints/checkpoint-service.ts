import type * as Y from 'yjs';
import { applyMap } from '../../lib/map/apply-map';
import { checkpointOf, decodeCheckpoint, encodeCheckpoint } from '../../lib/map/checkpoint';
import type { Discussion } from '../../lib/map/discussion';
import { newId } from '../../lib/map/ids';
import { automaticName } from '../../lib/map/checkpoint-names';
import { MAP_LIMITS } from '../../lib/map/limits';
import type { ClusterMap } from '../../lib/map/types';
import { AUTOMATIC_CHECKPOINT_KINDS, type CheckpointInfo, type CheckpointKind, type Store } from '../store/store';

/** What the checkpoints need from the sync server: the live replica, and one durable change applied to it. */
export interface LiveDocs {
  getRoomDoc(workshopId: string): Promise<Y.Doc>;
  /** `by`: whose request it is, for the activity feed (docs/architecture.md "Activity"). */
  applyToRoom(workshopId: string, change: (doc: Y.Doc) => void, origin?: string, by?: string): Promise<unknown>;
}

/** How the API lists a checkpoint. */
export interface CheckpointSummary {
  id: string;
  name: string;
  kind: CheckpointKind;
  createdAt: number;
  createdBy: string | null;
  auto: boolean;
}

export const summarise = (info: CheckpointInfo): CheckpointSummary => ({
  id: info.id,
  name: info.name,
  kind: info.kind,
  createdAt: info.createdAt,
  createdBy: info.createdBy ?? null,
  auto: AUTOMATIC_CHECKPOINT_KINDS.includes(info.kind),
});

/** Why a checkpoint name is unusable, or null. */
export function checkpointNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || !name.trim()) return 'Give the checkpoint a name.';
  if ([...name.trim()].length > MAP_LIMITS.checkpointNameLength) return `A checkpoint name has at most ${MAP_LIMITS.checkpointNameLength} characters.`;
  return null;
}

/**
 * Named checkpoints of a workshop (docs/architecture.md "Checkpoints"): the map and its discussion as they
 * were, stored beside the update log (compaction never touches them). Restoring one makes the live map
 * equal to it as one new change on top, element by element, after saving the live state automatically so
 * that the restore itself can be undone by restoring that.
 */
export class CheckpointService {
  constructor(
    private readonly store: Store,
    private readonly docs: LiveDocs,
    private readonly now: () => number = Date.now,
  ) {}

  /** Saves the live state under `name`; resolves once it is durable. */
  async save(workshopId: string, input: { name: string; kind: CheckpointKind; createdBy?: string }): Promise<CheckpointSummary> {
    const doc = await this.docs.getRoomDoc(workshopId);
    // Read synchronously right after the await: no write can slip in between.
    return this.saveFrom(workshopId, doc, input);
  }

  /** Saves `doc` (a room's replica, read synchronously by the caller) as a checkpoint. */
  async saveFrom(workshopId: string, doc: Y.Doc, input: { name: string; kind: CheckpointKind; createdBy?: string }): Promise<CheckpointSummary> {
    const state = encodeCheckpoint(checkpointOf(doc));
    const info: CheckpointInfo = { id: newId('k'), workshopId, name: input.name.trim().slice(0, MAP_LIMITS.checkpointNameLength), kind: input.kind, createdAt: this.now() };
    if (input.createdBy) info.createdBy = input.createdBy;
    await this.store.saveCheckpoint(info, state);
    return summarise(info);
  }

  async list(workshopId: string): Promise<CheckpointSummary[]> {
    return (await this.store.listCheckpoints(workshopId)).map(summarise);
  }

  /** A checkpoint's map and discussion, or null when the workshop has no such checkpoint. */
  async open(workshopId: string, checkpointId: string): Promise<{ info: CheckpointSummary; map: ClusterMap; discussion: Discussion } | null> {
    const found = await this.store.getCheckpoint(workshopId, checkpointId);
    if (!found) return null;
    return { info: summarise(found.info), ...decodeCheckpoint(found.state) };
  }

  /**
   * Makes the live map the checkpoint's actors, ties, stages, map details and decisions (never phase,
   * editing, people, votes or comments), after saving the live state as an automatic checkpoint.
   */
  async restore(workshopId: string, checkpointId: string, by: string): Promise<{ restored: CheckpointSummary; before: CheckpointSummary } | null> {
    const found = await this.open(workshopId, checkpointId);
    if (!found) return null;
    const before = await this.save(workshopId, { name: automaticName({ kind: 'before_restore', restored: found.info.name }), kind: 'before_restore', createdBy: by });
    const restored = { checkpoint: found.info.id, name: found.info.name, at: this.now(), by };
    await this.docs.applyToRoom(workshopId, (doc) => applyMap(doc, found.map, { decisions: found.discussion.decisions, restored }), 'restore', by);
    return { restored: found.info, before };
  }

  /** Imports `map` over the live one (one change, unchanged elements kept), after an automatic checkpoint. */
  async importMap(workshopId: string, map: ClusterMap, by: string): Promise<CheckpointSummary> {
    const before = await this.save(workshopId, { name: automaticName({ kind: 'before_import' }), kind: 'before_import', createdBy: by });
    await this.docs.applyToRoom(workshopId, (doc) => applyMap(doc, map), 'import', by);
    return before;
  }
}
