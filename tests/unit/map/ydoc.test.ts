import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  actorsOf,
  addActor,
  addTie,
  deleteActor,
  deleteStage,
  docFromMap,
  readMap,
  editingModeOf,
  metaOf,
  readMeta,
  replaceMap,
  tiesOf,
  updateActor,
  updateTie,
} from '../../../lib/map/ydoc';
import { castVote, readDiscussion } from '../../../lib/map/discussion';
import { sampleMap } from './fixtures';

/** Two replicas that exchange their full state both ways, as a reconnect would. */
function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function twoReplicas() {
  const a = docFromMap(sampleMap());
  const b = new Y.Doc();
  sync(a, b);
  return { a, b };
}

describe('Y.Doc binding', () => {
  it('reads back exactly the map it was built from', () => {
    const { map, issues } = readMap(docFromMap(sampleMap()));
    expect(issues).toEqual([]);
    const expected = sampleMap();
    expect(map.meta).toEqual(expected.meta);
    expect(map.actors).toEqual([...expected.actors].sort((x, y) => x.id.localeCompare(y.id)));
    expect(map.ties).toEqual(expected.ties);
    expect(map.stages.map((s) => s.id)).toEqual(expected.stages.map((s) => s.id));
  });

  it('keeps both edits when two people change different fields of one actor at once', () => {
    const { a, b } = twoReplicas();
    updateActor(a, 'firm1', { label: 'YOFC' });
    updateActor(b, 'firm1', { type: 'research', scope: 'external' });
    sync(a, b);
    for (const doc of [a, b]) {
      expect(readMap(doc).map.actors.find((x) => x.id === 'firm1')).toMatchObject({ label: 'YOFC', type: 'research', scope: 'external' });
    }
  });

  it('converges to one value when two people change the same field at once', () => {
    const { a, b } = twoReplicas();
    updateActor(a, 'uni', { label: 'HUST' });
    updateActor(b, 'uni', { label: 'Huazhong University' });
    sync(a, b);
    const labelA = readMap(a).map.actors.find((x) => x.id === 'uni')!.label;
    expect(['HUST', 'Huazhong University']).toContain(labelA);
    expect(readMap(b).map.actors.find((x) => x.id === 'uni')!.label).toBe(labelA);
  });

  it('merges concurrent edits of different GVC determinants of one supply tie', () => {
    const { a, b } = twoReplicas();
    updateTie(a, 't2', { gvc: { complexity: 'low', codifiability: 'low', supplierCapability: 'high' } });
    sync(a, b);
    updateTie(a, 't2', { gvc: { complexity: 'high', codifiability: 'low', supplierCapability: 'high' } });
    updateTie(b, 't2', { gvc: { complexity: 'low', codifiability: 'high', supplierCapability: 'high' } });
    sync(a, b);
    expect(readMap(a).map.ties.find((t) => t.id === 't2')!.gvc).toEqual(readMap(b).map.ties.find((t) => t.id === 't2')!.gvc);
  });

  it('deletes an actor together with its ties in one transaction, leaving their votes in place', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 't1', 'p1', 'agree');
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(deleteActor(doc, 'firm1')).toBe(true);
    expect(transactions).toBe(1);
    expect(actorsOf(doc).has('firm1')).toBe(false);
    expect([...tiesOf(doc).keys()]).toEqual([]);
    expect(readDiscussion(doc).votes).toEqual({ t1: { p1: 'agree' } });
    expect(deleteActor(doc, 'firm1')).toBe(false);
  });

  it('hides a tie whose end was deleted concurrently, and says so', () => {
    const { a, b } = twoReplicas();
    deleteActor(a, 'buyer');
    addTie(b, { id: 't9', source: 'uni', target: 'buyer', kind: 'knowledge', directed: false, strength: 1, tacit: false });
    sync(a, b);
    for (const doc of [a, b]) {
      const { map, issues } = readMap(doc);
      expect(map.ties.map((t) => t.id)).toEqual(['t1']);
      expect(issues).toContainEqual({ path: 'ties.t9', message: expect.stringContaining('no longer exists') });
    }
  });

  it('refuses a tie to an actor that does not exist', () => {
    const doc = docFromMap(sampleMap());
    expect(addTie(doc, { id: 'tx', source: 'uni', target: 'nobody', kind: 'social', directed: false, strength: 1, tacit: false })).toBe(false);
    expect(tiesOf(doc).has('tx')).toBe(false);
  });

  it('reads unknown enum values from a foreign client without crashing, and keeps them in the document', () => {
    const doc = docFromMap(sampleMap());
    actorsOf(doc).get('firm1')!.set('type', 'startup');
    actorsOf(doc).get('uni')!.set('scope', 'galactic');
    tiesOf(doc).get('t1')!.set('kind', 'telepathy');
    tiesOf(doc).get('t1')!.set('strength', 'very strong');
    const { map, issues } = readMap(doc);
    expect(map.actors.find((x) => x.id === 'firm1')!.type).toBe('other');
    expect(map.actors.find((x) => x.id === 'uni')!.scope).toBe('local');
    expect(map.ties.find((t) => t.id === 't1')).toMatchObject({ kind: 'social', strength: 2 });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['actors.firm1.type', 'actors.uni.scope', 'ties.t1.kind']));
    expect(actorsOf(doc).get('firm1')!.get('type')).toBe('startup');
  });

  it('survives elements that are not maps and fields of the wrong type', () => {
    const doc = new Y.Doc();
    doc.getMap('actors').set('junk', 42 as never);
    const weird = new Y.Map<unknown>();
    weird.set('label', 7);
    weird.set('stages', 'rd');
    weird.set('x', Number.NaN);
    doc.getMap('actors').set('weird', weird as never);
    const { map } = readMap(doc);
    expect(map.actors).toEqual([{ id: 'weird', label: 'weird', type: 'other', scope: 'local', stages: [] }]);
  });

  it('removes a deleted stage from every actor that performed it', () => {
    const doc = docFromMap(sampleMap());
    updateActor(doc, 'firm1', { stages: ['rd', 'manufacturing'] });
    deleteStage(doc, 'rd');
    const { map } = readMap(doc);
    expect(map.stages.find((s) => s.id === 'rd')).toBeUndefined();
    expect(map.actors.find((x) => x.id === 'firm1')!.stages).toEqual(['manufacturing']);
    expect(map.actors.find((x) => x.id === 'uni')!.stages).toEqual([]);
  });

  it('undoes only the edits of its own origin', () => {
    const { a, b } = twoReplicas();
    const mine = { user: 'a' };
    const undo = new Y.UndoManager([actorsOf(a), tiesOf(a)], { trackedOrigins: new Set([mine]) });
    addActor(a, { id: 'new', label: 'New firm', type: 'firm', scope: 'local', stages: [] }, mine);
    updateActor(b, 'uni', { label: 'Changed by b' });
    sync(a, b);
    undo.undo();
    sync(a, b);
    for (const doc of [a, b]) {
      const { map } = readMap(doc);
      expect(map.actors.some((x) => x.id === 'new')).toBe(false);
      expect(map.actors.find((x) => x.id === 'uni')!.label).toBe('Changed by b');
    }
    undo.destroy();
  });

  it('replaces the whole map, leaving the discussion alone', () => {
    const doc = docFromMap(sampleMap());
    castVote(doc, 'firm1', 'p1', 'agree');
    replaceMap(doc, { meta: { title: 'Imported' }, stages: [], actors: [{ id: 'z', label: 'Z', type: 'firm', scope: 'local', stages: [] }], ties: [] });
    const { map } = readMap(doc);
    expect(map.meta).toEqual({ title: 'Imported' });
    expect(map.actors.map((x) => x.id)).toEqual(['z']);
    expect(readDiscussion(doc).votes).toEqual({ firm1: { p1: 'agree' } });
  });

  it('reads what participants may edit, older documents’ lock included, and the agreement rules', () => {
    const doc = new Y.Doc();
    expect(editingModeOf(doc)).toBe('open');
    metaOf(doc).set('locked', true);
    expect(editingModeOf(doc)).toBe('paused');
    expect(readMeta(doc).editing).toBe('paused');
    metaOf(doc).set('editing', 'frozen');
    expect(editingModeOf(doc)).toBe('frozen');
    metaOf(doc).set('editing', 'sideways');
    const issues: { path: string }[] = [];
    expect(readMeta(doc, issues as never).editing).toBe('open');
    expect(issues.map((i) => i.path)).toEqual(['meta.editing']);
    metaOf(doc).set('quorum', 4);
    metaOf(doc).set('threshold', 0.75);
    expect(readMeta(doc)).toMatchObject({ quorum: 4, threshold: 0.75 });
  });
});
