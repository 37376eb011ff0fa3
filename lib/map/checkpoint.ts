import type * as Y from 'yjs';
import { emptyDiscussion, readDiscussion, type Discussion } from './discussion';
import { toMapDocument } from './interchange';
import { UNTITLED_TITLE, type ClusterMap, type MapDocument } from './types';
import { readMap } from './ydoc';

// What a checkpoint holds (docs/architecture.md "Checkpoints"): the map as `clustercanvas.map` JSON and
// the discussion beside it, as plain data, so it can be opened, compared and restored without Yjs history.

export const CHECKPOINT_FORMAT = 'clustercanvas.checkpoint' as const;
export const CHECKPOINT_FORMAT_VERSION = 1 as const;

export interface CheckpointContent {
  format: typeof CHECKPOINT_FORMAT;
  version: typeof CHECKPOINT_FORMAT_VERSION;
  map: MapDocument;
  discussion: Discussion;
}

/** The document as it is now. */
export function checkpointOf(doc: Y.Doc): CheckpointContent {
  return { format: CHECKPOINT_FORMAT, version: CHECKPOINT_FORMAT_VERSION, map: toMapDocument(readMap(doc).map), discussion: readDiscussion(doc) };
}

export function encodeCheckpoint(content: CheckpointContent): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(content));
}

/** Reads stored checkpoint bytes; throws with a clear message when they are not a checkpoint. */
export function decodeCheckpoint(bytes: Uint8Array): { map: ClusterMap; discussion: Discussion } {
  let value: Partial<CheckpointContent>;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<CheckpointContent>;
  } catch {
    throw new Error('the stored checkpoint is not readable JSON');
  }
  if (value?.format !== CHECKPOINT_FORMAT || value.version !== CHECKPOINT_FORMAT_VERSION) throw new Error('the stored data is not a checkpoint this version reads');
  // The server wrote it from a replica it had checked, so it is read as it is rather than through the
  // importer's schema: a checkpoint must restore what the map was, even where an older version allowed more.
  const m = value.map;
  if (!m || typeof m !== 'object' || !Array.isArray(m.actors) || !Array.isArray(m.ties) || !Array.isArray(m.stages)) {
    throw new Error('the stored checkpoint has no map');
  }
  const map: ClusterMap = { meta: m.meta ?? { title: UNTITLED_TITLE }, stages: m.stages, actors: m.actors, ties: m.ties };
  return { map, discussion: { ...emptyDiscussion(), ...(value.discussion ?? {}) } };
}
