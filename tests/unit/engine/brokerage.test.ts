import { describe, expect, it } from 'vitest';
import { brokerageRole, computeReport } from '../../../lib/engine';
import type { ActorType } from '../../../lib/map/types';
import { actor, mapOf, tie } from './build';

// a → v → b with a → b absent; the partition is the actor type.
function broker(ta: ActorType, tv: ActorType, tb: ActorType) {
  const r = computeReport(
    mapOf(
      [actor('a', ta), actor('v', tv), actor('b', tb)],
      [tie('a', 'v', 'knowledge', { directed: true }), tie('v', 'b', 'knowledge', { directed: true })],
    ),
  );
  return r.actors.v.brokerage.type;
}

describe('Gould–Fernandez brokerage', () => {
  const cases: [string, ActorType, ActorType, ActorType][] = [
    ['coordinator', 'firm', 'firm', 'firm'],
    ['itinerant', 'firm', 'university', 'firm'],
    ['gatekeeper', 'firm', 'university', 'university'],
    ['representative', 'firm', 'firm', 'university'],
    ['liaison', 'firm', 'university', 'government'],
  ];
  for (const [role, ta, tv, tb] of cases) {
    it(`${role}: ${ta} → ${tv} → ${tb}`, () => {
      const counts = broker(ta, tv, tb);
      expect(counts[role as keyof typeof counts]).toBe(1);
      expect(counts.total).toBe(1);
      expect(brokerageRole(ta === 'firm' ? 0 : ta === 'university' ? 1 : 2, tv === 'firm' ? 0 : tv === 'university' ? 1 : 2, tb === 'firm' ? 0 : tb === 'university' ? 1 : 2)).toBe(role);
    });
  }

  it('no brokerage when a → b exists, and an undirected path counts both ways', () => {
    const closed = computeReport(
      mapOf([actor('a'), actor('v'), actor('b')], [
        tie('a', 'v', 'knowledge', { directed: true }),
        tie('v', 'b', 'knowledge', { directed: true }),
        tie('a', 'b', 'knowledge', { directed: true }),
      ]),
    );
    expect(closed.actors.v.brokerage.type.total).toBe(0);
    const undirected = computeReport(mapOf([actor('a'), actor('v'), actor('b')], [tie('a', 'v'), tie('v', 'b')]));
    expect(undirected.actors.v.brokerage.type.coordinator).toBe(2);
    expect(undirected.actors.a.brokerage.type.total).toBe(0);
  });

  it('the scope partition sees a local actor passing external knowledge inward as a gatekeeper', () => {
    const r = computeReport(
      mapOf(
        [actor('x', 'university', 'external'), actor('v'), actor('b')],
        [tie('x', 'v', 'knowledge', { directed: true }), tie('v', 'b', 'knowledge', { directed: true })],
      ),
    );
    expect(r.actors.v.brokerage.scope.gatekeeper).toBe(1);
    expect(r.actors.v.brokerage.type.itinerant).toBe(0);
    expect(r.actors.v.brokerage.type.gatekeeper).toBe(1);
  });
});
