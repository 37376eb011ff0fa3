import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addActor, moveActors, readMap } from '../../../lib/map/ydoc';
import type { PresenceState } from '../../../lib/sync/protocol';
import { startSyncServer, waitFor, type TestSyncServer, type TestWorkshop } from '../helpers/sync-server';

describe('sync: ordering', () => {
  let server: TestSyncServer;
  let ws: TestWorkshop;
  beforeAll(async () => {
    server = await startSyncServer();
    ws = await server.createWorkshop('Ordering');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('P7: presence sent after a write never reaches others before that write', async () => {
    const alice = server.client(ws, 'participant', { participant: { name: 'Alice' } });
    const bob = server.client(ws, 'participant', { participant: { name: 'Bob' } });
    await Promise.all([alice.whenSynced(), bob.whenSynced()]);
    addActor(alice.doc, { id: 'firm', label: 'Firm', type: 'firm', scope: 'local', stages: [], x: 0, y: 0 });
    await alice.flushed();
    await waitFor(() => readMap(bob.doc).map.actors.length === 1, 'bob to see the actor');

    // Each round is a drop: the stored position first, then the presence saying the drag is over. Bob
    // records where the document has the actor at the moment the "drag over" presence reaches him.
    const seenAtDragEnd: number[] = [];
    bob.awareness.on('change', () => {
      const state = bob.awareness.getStates().get(alice.awareness.clientID) as PresenceState | undefined;
      if (state && state.dragging === null) seenAtDragEnd.push(readMap(bob.doc).map.actors[0].x!);
    });
    for (let round = 1; round <= 10; round++) {
      alice.awareness.setLocalStateField('dragging', { firm: { x: round * 100, y: 0 } });
      moveActors(alice.doc, { firm: { x: round * 100, y: 0 } });
      alice.awareness.setLocalStateField('dragging', null);
      await waitFor(() => seenAtDragEnd.length === round, `bob to see drag ${round} end`);
    }
    expect(seenAtDragEnd).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });
});
