import * as Y from 'yjs';
import { MalformedMessageError } from '../../lib/sync/messages';
import { analyseUpdate } from '../../lib/sync/update-changes';
import type { StoredDocument } from '../store/store';

// Reading into the room's replica: what the store holds (docs/protocol.md P11), and what an update would do
// to it before it is applied (P14).

/** Reads what an update would change; an update Yjs cannot decode is malformed (P9). */
export function analyseOrRefuse(doc: Y.Doc, update: Uint8Array) {
  try {
    return analyseUpdate(doc, update);
  } catch (err) {
    throw new MalformedMessageError(`not a readable Yjs update (${(err as Error).message})`);
  }
}

/** Snapshot plus log into `doc`; one unreadable entry must not cost the rest of the workshop. */
export function loadInto(doc: Y.Doc, stored: StoredDocument, workshopId: string) {
  const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
  if (parts.length === 0) return;
  try {
    Y.applyUpdate(doc, parts.length === 1 ? parts[0] : Y.mergeUpdates(parts));
    return;
  } catch (err) {
    console.error(`[sync] workshop ${workshopId}: merged load failed, applying entries one by one`, err);
  }
  for (const [i, part] of parts.entries()) {
    try {
      Y.applyUpdate(doc, part);
    } catch (err) {
      console.error(`[sync] workshop ${workshopId}: stored entry ${i} is unreadable and was skipped`, err);
    }
  }
}
