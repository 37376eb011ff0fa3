import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkChanges, type Writer } from '../../../lib/access/check-changes';
import { MAP_LIMITS } from '../../../lib/map/limits';
import type { Actor } from '../../../lib/map/types';
import { actorsOf, addActor, addTie, metaOf, tiesOf, updateActor, updateMeta } from '../../../lib/map/ydoc';
import { analyseUpdate } from '../../../lib/sync/update-changes';
import { pair, updateOf } from '../sync/update-fixtures';

// The model's limits and the document's shape on the wire (docs/protocol.md P14, lib/access/value-limits.ts).

const facilitator: Writer = { role: 'facilitator', participant: 'p_fac' };
const ana: Writer = { role: 'participant', participant: 'p_ana' };
const actor = (id: string, extra: Partial<Actor> = {}): Actor => ({ id, label: id, type: 'firm', scope: 'local', stages: [], ...extra });

function verdict(writer: Writer, change: (d: Y.Doc) => void) {
  const { replica, client } = pair((d) => {
    addActor(d, actor('a_1'));
    addActor(d, actor('a_2'));
  });
  const analysis = analyseUpdate(replica, updateOf(client, change));
  if (!analysis.ok) throw new Error(analysis.reason);
  return checkChanges(writer, 'open', analysis.changes)?.reason ?? 'allowed';
}

describe('P14: the model’s limits on the wire', () => {
  it('attack: a 100 kB label on the wire is refused; labels and notes at their limit pass', () => {
    expect(verdict(ana, (d) => addActor(d, actor('a_big', { label: 'x'.repeat(100_000) })))).toBe('too_long');
    expect(verdict(ana, (d) => updateActor(d, 'a_1', { label: 'x'.repeat(MAP_LIMITS.labelLength + 1) }))).toBe('too_long');
    expect(verdict(ana, (d) => updateActor(d, 'a_1', { label: 'x'.repeat(MAP_LIMITS.labelLength) }))).toBe('allowed');
    expect(verdict(ana, (d) => updateActor(d, 'a_1', { notes: 'n'.repeat(MAP_LIMITS.notesLength) }))).toBe('allowed');
    expect(verdict(ana, (d) => updateActor(d, 'a_1', { notes: 'n'.repeat(MAP_LIMITS.notesLength + 1) }))).toBe('too_long');
  });

  it('ids, goals, stages and unknown string fields are bounded too', () => {
    expect(verdict(ana, (d) => addActor(d, actor('a'.repeat(MAP_LIMITS.idLength + 1))))).toBe('too_long');
    expect(verdict(ana, (d) => updateActor(d, 'a_1', { goals: Array.from({ length: MAP_LIMITS.goals + 1 }, (_, i) => `g${i}`) }))).toBe('too_long');
    expect(verdict(ana, (d) => updateActor(d, 'a_1', { goals: ['fine', 'g'.repeat(MAP_LIMITS.labelLength + 1)] }))).toBe('too_long');
    expect(verdict(ana, (d) => updateActor(d, 'a_1', { goals: ['fine'], stages: ['s_1'] }))).toBe('allowed');
    expect(verdict(ana, (d) => (actorsOf(d).get('a_1') as Y.Map<unknown>).set('whatever', 'w'.repeat(10_000)))).toBe('too_long');
  });

  it('a tie with its GVC attributes passes; a Y.Text or nested map where a value belongs does not', () => {
    expect(verdict(ana, (d) => addTie(d, { id: 't_1', source: 'a_1', target: 'a_2', kind: 'supply', directed: true, strength: 2, tacit: false, gvc: { complexity: 'high', codifiability: 'low', supplierCapability: 'high' } }))).toBe('allowed');
    expect(verdict(ana, (d) => (actorsOf(d).get('a_1') as Y.Map<unknown>).set('label', new Y.Text('typed')))).toBe('bad_entry');
    expect(verdict(ana, (d) => (actorsOf(d).get('a_1') as Y.Map<unknown>).set('notes', new Y.Map()))).toBe('bad_entry');
    expect(verdict(ana, (d) => (d.getMap('actors') as Y.Map<unknown>).set('a_plain', 'not a map'))).toBe('bad_entry');
    expect(verdict(ana, (d) => d.getArray('actors').push(['x']))).toBe('bad_entry');
    expect(verdict(ana, (d) => tiesOf(d).set('t_2', new Y.Map(Object.entries({ gvc: { deep: { deeper: 1 } } }))))).toBe('bad_entry');
  });

  it('attack: unknown top-level type is refused', () => {
    expect(verdict(facilitator, (d) => d.getMap('evil').set('x', 1))).toBe('unknown_part');
    expect(verdict(facilitator, (d) => d.getText('notes').insert(0, 'hi'))).toBe('unknown_part');
  });

  it('meta text is at most a label; facilitator values are bounded as JSON', () => {
    expect(verdict(ana, (d) => updateMeta(d, { cluster: 'c'.repeat(MAP_LIMITS.labelLength + 1) }))).toBe('too_long');
    expect(verdict(facilitator, (d) => updateMeta(d, { title: 't'.repeat(MAP_LIMITS.labelLength + 1) }))).toBe('too_long');
    expect(verdict(facilitator, (d) => metaOf(d).set('weights', Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`w_${i}`, i]))))).toBe('too_long');
    expect(verdict(facilitator, (d) => updateMeta(d, { title: 'A fine title', phase: 'review' }))).toBe('allowed');
  });
});
