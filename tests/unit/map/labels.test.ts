import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { elementNames, tieName, withNames } from '../../../lib/map/labels';
import { sampleMap } from './fixtures';

// How elements are named to people (lib/map/labels.ts): the inspector, the score panel and the report say
// the same, and the engine's texts, which name elements by id, are shown with labels.

describe('element names', () => {
  it('names actors by label and ties by their ends, with an arrow when directed', () => {
    const names = elementNames(sampleMap());
    expect(names.get('uni')).toBe('华中科技大学');
    expect(names.get('t1')).toBe('华中科技大学 → Fibre maker');
    expect(tieName({ source: 'a', target: 'b', directed: false }, (id) => id.toUpperCase())).toBe('A — B');
  });

  it('withNames replaces whole ids only, the longest first, and leaves unknown ids alone', () => {
    const names = new Map([['a_1', 'HUST'], ['a_12', 'YOFC']]);
    expect(withNames('a_12 and a_1 but not a_123 or xa_1', ['a_1', 'a_12', 'a_123'], names)).toBe('YOFC and HUST but not a_123 or xa_1');
    expect(withNames('nothing here', [], names)).toBe('nothing here');
    // Ids with regular-expression characters are matched literally.
    expect(withNames('see a.b', ['a.b'], new Map([['a.b', 'Dot']]))).toBe('see Dot');
    expect(withNames('see axb', ['a.b'], new Map([['a.b', 'Dot']]))).toBe('see axb');
  });

  it("turns an engine message that names an actor by id into one that names it by label", () => {
    const map = sampleMap();
    map.actors.push({ id: 'ext2', label: 'Second buyer', type: 'firm', scope: 'external', stages: [] });
    map.ties.push({ id: 't9', source: 'firm1', target: 'ext2', kind: 'supply', directed: true, strength: 1, tacit: false });
    const report = computeReport(map);
    const bottleneck = report.recommendations.find((r) => r.id === 'gatekeeper_bottleneck');
    expect(bottleneck?.message).toContain('firm1');
    const shown = withNames(bottleneck!.message, bottleneck!.elements, elementNames(map));
    expect(shown).toContain('Fibre maker holds 2');
    expect(shown).not.toContain('firm1');
  });
});
