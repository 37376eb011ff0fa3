import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyMap } from '../../../lib/map/apply-map';
import { castVote, readDiscussion, setDecision } from '../../../lib/map/discussion';
import { actorsOf, docFromMap, metaOf, readMap, tiesOf, updateActor, updateMeta } from '../../../lib/map/ydoc';
import { sampleMap } from './fixtures';

// Restoring a checkpoint or importing a map into a live workshop (docs/architecture.md "Checkpoints"):
// one change, computed element by element.

describe('applyMap', () => {
  it('makes the map equal to the target, changing only what differs', () => {
    const doc = docFromMap(sampleMap());
    const target = readMap(doc).map;
    const untouched = actorsOf(doc).get('uni');
    updateActor(doc, 'firm1', { label: 'Renamed', notes: 'added later' });
    actorsOf(doc).set('a_extra', new Y.Map());
    tiesOf(doc).delete('t1');
    let updates = 0;
    doc.on('update', () => updates++);
    applyMap(doc, target);
    expect(updates).toBe(1);
    expect(readMap(doc).map).toEqual(target);
    // An element that did not change is the same Y.Map: its identity, and anyone's edit of it, survive.
    expect(actorsOf(doc).get('uni')).toBe(untouched);
  });

  it('writes nothing when the map already is the target', () => {
    const doc = docFromMap(sampleMap());
    let updates = 0;
    doc.on('update', () => updates++);
    applyMap(doc, readMap(doc).map);
    expect(updates).toBe(0);
  });

  it('restores details, weights and agreement rules but never phase, timer or editing', () => {
    const doc = docFromMap(sampleMap());
    const target = { ...readMap(doc).map, meta: { title: 'Then', cluster: 'Optics', weights: { I1: 0.5 }, quorum: 2, phase: 'map_actors' as const, editing: 'open' as const } };
    updateMeta(doc, { phase: 'agree', editing: 'frozen', timer: { endsAt: 5 }, region: 'Wuhan' });
    applyMap(doc, target);
    expect(readMap(doc).map.meta).toEqual({ title: 'Then', cluster: 'Optics', weights: { I1: 0.5 }, quorum: 2, phase: 'agree', editing: 'frozen', timer: { endsAt: 5 } });
  });

  it('makes decisions equal to the checkpoint’s, leaves votes alone and records the restore', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 'firm1', 'p_a', 'agree');
    setDecision(doc, 'firm1', { value: 'rejected', by: 'p_f', at: 1 });
    setDecision(doc, 't1', { value: 'parked', by: 'p_f', at: 1 });
    const restored = { checkpoint: 'k_1', name: 'Lunch', at: 9, by: 'p_f' };
    applyMap(doc, readMap(doc).map, { decisions: { t1: { value: 'agreed', by: 'p_f', at: 2 } }, restored });
    const d = readDiscussion(doc);
    expect(d.decisions).toEqual({ t1: { value: 'agreed', by: 'p_f', at: 2 } });
    expect(d.votes).toEqual({ firm1: { p_a: 'agree' } });
    expect(metaOf(doc).get('restored')).toEqual(restored);
  });

  it('replaces a GVC block field by field and removes it when the target has none', () => {
    const doc = docFromMap(sampleMap());
    const target = readMap(doc).map;
    const t2 = target.ties.find((t) => t.id === 't2')!;
    t2.gvc = { complexity: 'low', codifiability: 'high', supplierCapability: 'high' };
    applyMap(doc, target);
    expect(readMap(doc).map.ties.find((t) => t.id === 't2')!.gvc).toEqual(t2.gvc);
    delete t2.gvc;
    applyMap(doc, target);
    expect(readMap(doc).map.ties.find((t) => t.id === 't2')!.gvc).toBeUndefined();
  });
});
