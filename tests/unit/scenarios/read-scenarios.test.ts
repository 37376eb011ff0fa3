import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOC_KEYS } from '../../../lib/map/ydoc';
import { readScenario, readScenarios } from '../../../lib/scenarios';

describe('scenario readers never throw on foreign shapes', () => {
  it('a document without scenarios, or with a root of another type, has none', () => {
    expect(readScenarios(new Y.Doc())).toEqual([]);
    const doc = new Y.Doc();
    doc.getArray(DOC_KEYS.scenarios).push([1, 2]);
    expect(readScenarios(doc)).toEqual([]);
    expect(readScenario(doc, 'x')).toBeNull();
  });

  it('skips entries of the wrong shape and leaves out fields of the wrong type', () => {
    const doc = new Y.Doc();
    const root = doc.getMap<unknown>(DOC_KEYS.scenarios);
    doc.transact(() => {
      root.set('plain', { name: 'a plain object, not a Y.Map' });
      root.set('number', 42);
      const s = new Y.Map<unknown>();
      root.set('x_1', s);
      s.set('name', 7);
      s.set('at', 'yesterday');
      s.set('createdBy', { id: 'p' });
      s.set('actors', 'not a map');
      const ties = new Y.Map<unknown>();
      s.set('ties', ties);
      ties.set('junk', 'a string');
      const t = new Y.Map<unknown>();
      ties.set('t_1', t);
      t.set('source', 'a');
      t.set('target', 'b');
      t.set('kind', 'telepathy');
      const removals = new Y.Map<unknown>();
      s.set('removeTies', removals);
      removals.set('t_live', true);
      removals.set('t_odd', 'yes');
      const changes = new Y.Map<unknown>();
      s.set('changeTies', changes);
      const c = new Y.Map<unknown>();
      changes.set('t_live2', c);
      c.set('strength', 9);
      c.set('tacit', true);
      c.set('source', 'somewhere');
      c.set('gvc', 'high');
    });
    const all = readScenarios(doc);
    expect(all).toHaveLength(1);
    expect(all[0]).toEqual({
      id: 'x_1',
      name: 'x_1',
      at: 0,
      actors: [],
      ties: [{ id: 't_1', source: 'a', target: 'b', kind: 'social', directed: false, strength: 2, tacit: false }],
      removeTies: ['t_live'],
      changeTies: [{ id: 't_live2', tacit: true }],
    });
    expect(readScenario(doc, 'plain')).toBeNull();
    expect(readScenario(doc, 'number')).toBeNull();
  });
});
