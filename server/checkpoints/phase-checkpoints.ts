import { automaticName } from '../../lib/map/checkpoint-names';
import { WORKSHOP_PHASES, type WorkshopPhase } from '../../lib/map/types';
import { metaOf } from '../../lib/map/ydoc';
import type { AppliedWrite, Room } from '../rooms/room';
import type { CheckpointService } from './checkpoint-service';

/**
 * The automatic checkpoint at every phase change (docs/architecture.md "Checkpoints"): a room hook that saves
 * the replica as it is right after the write that moved the phase, so each phase's map can be opened later.
 */
export function checkpointAtPhaseChange(checkpoints: CheckpointService) {
  return (room: Room, applied: AppliedWrite): void => {
    if (!applied.changes?.some((c) => c.op === 'set' && c.root === 'meta' && c.key(1) === 'phase')) return;
    const phase = metaOf(room.doc).get('phase');
    if (!(WORKSHOP_PHASES as readonly unknown[]).includes(phase)) return;
    const name = automaticName({ kind: 'phase', phase: phase as WorkshopPhase });
    checkpoints
      .saveFrom(room.workshopId, room.doc, { name, kind: 'phase', createdBy: applied.writer?.participant })
      .catch((err: unknown) => console.error(`[checkpoints] workshop ${room.workshopId}: the checkpoint at a phase change failed`, err));
  };
}
