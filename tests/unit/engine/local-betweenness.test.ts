import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import type { Actor, ActorType, Tie } from '../../../lib/map/types';
import { actor, mapOf, tie } from './build';

const TYPES: ActorType[] = ['firm', 'government', 'intermediary', 'university', 'finance', 'association'];

/** G2 and G3 read raw betweenness in G_L, computed again or reused from the pass on all ties. */
const brokerage = (r: ReturnType<typeof computeReport>) =>
  r.indices.gi.components.filter((c) => c.id === 'G2' || c.id === 'G3').map((c) => ({ id: c.id, value: c.value, elements: c.elements }));

describe('betweenness in G_L', () => {
  it('is the same whether external actors sit untied on the map, are tied, or are absent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
        fc.array(fc.nat({ max: TYPES.length - 1 }), { minLength: 14, maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 })), { maxLength: 6 }),
        (n, pairs, types, externalTies) => {
          const locals: Actor[] = Array.from({ length: n }, (_, i) => actor(`l${i}`, TYPES[types[i]]));
          const externals = [0, 1, 2].map((i) => actor(`a${i}`, 'firm', 'external'));
          const localTies: Tie[] = pairs.map(([a, b], k) => tie(`l${a % n}`, `l${b % n}`, 'social', { id: `t${k}` }));
          const outward = externalTies.map(([a, x], k) => tie(`l${a % n}`, `a${x}`, 'supply', { id: `e${k}` }));
          const alone = brokerage(computeReport(mapOf(locals, localTies)));
          // External ids sort first, so local and global indices differ. Untied externals: the first pass is reused; tied externals: G_L gets its own pass.
          expect(brokerage(computeReport(mapOf([...locals, ...externals], localTies)))).toEqual(alone);
          expect(brokerage(computeReport(mapOf([...locals, ...externals], [...localTies, ...outward])))).toEqual(alone);
        },
      ),
      { numRuns: 200 },
    );
  });
});
