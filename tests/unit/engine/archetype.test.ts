import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import type { ActorType } from '../../../lib/map/types';
import { actor, mapOf, ties } from './build';

const firms = (k: number) => Array.from({ length: k }, (_, i) => actor(`f${i + 1}`));
const star = (hub: string, k: number) => Array.from({ length: k }, (_, i) => `${hub}-f${i + 1}`);

describe('cluster archetype (Markusen 1996)', () => {
  for (const type of ['government', 'university', 'research'] as ActorType[]) {
    it(`state-anchored around a ${type}`, () => {
      const r = computeReport(mapOf([actor('hub', type), ...firms(5)], ties('policy', ...star('hub', 5))));
      expect(r.archetype.id).toBe('state_anchored');
      expect(r.archetype.elements).toEqual(['hub']);
    });
  }

  it('hub-and-spoke around a firm with external ties and unconnected suppliers', () => {
    const r = computeReport(
      mapOf([actor('hub'), ...firms(5), actor('X', 'firm', 'external')], [...ties('supply', ...star('hub', 5)), ...ties('supply', 'hub-X')]),
    );
    expect(r.archetype.id).toBe('hub_and_spoke');
    expect(r.archetype.evidence.topActors).toEqual(['hub']);
  });

  it('a central firm without external ties is not a hub-and-spoke district', () => {
    const r = computeReport(mapOf([actor('hub'), ...firms(5)], ties('supply', ...star('hub', 5))));
    expect(r.archetype.id).not.toBe('hub_and_spoke');
  });

  it('satellite platform: branch plants tied outside, not to each other', () => {
    const r = computeReport(
      mapOf([...firms(4), actor('X', 'firm', 'external'), actor('Y', 'firm', 'external')], ties('supply', 'f1-X', 'f2-X', 'f3-Y', 'f4-Y')),
    );
    expect(r.archetype.id).toBe('satellite_platform');
  });

  it('Marshallian: many small firms tied to each other, locally', () => {
    const r = computeReport(mapOf(firms(5), ties('social', 'f1-f2', 'f2-f3', 'f3-f4', 'f4-f5', 'f5-f1')));
    expect(r.archetype.id).toBe('marshallian');
    expect(r.archetype.evidence.degreeCentralization).toBe(0);
  });

  it('mixed when nothing fits', () => {
    const r = computeReport(mapOf(firms(4), ties('social', 'f1-f2', 'f2-f3', 'f3-f4')));
    expect(r.archetype.id).toBe('mixed');
  });

  it('an empty map is mixed', () => {
    expect(computeReport(mapOf([])).archetype.id).toBe('mixed');
  });
});
