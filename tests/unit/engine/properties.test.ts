import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport, type EngineReport } from '../../../lib/engine';
import { defaultStages } from '../../../lib/map/default-stages';
import { ACTOR_TYPES, SCOPES, TIE_KINDS, type Actor, type ClusterMap, type Tie } from '../../../lib/map/types';
import { docFromMap, readMap } from '../../../lib/map/ydoc';

const STAGE_IDS = defaultStages().map((s) => s.id);
const level = fc.constantFrom('low' as const, 'high' as const);

/** Random valid maps; at most one tie per (pair, kind), so no duplicate depends on which id is kept. */
const mapArb: fc.Arbitrary<ClusterMap> = fc.integer({ min: 0, max: 14 }).chain((n) =>
  fc
    .record({
      actors: fc.array(
        fc.record({
          type: fc.constantFrom(...ACTOR_TYPES),
          scope: fc.constantFrom(...SCOPES),
          stages: fc.subarray(STAGE_IDS),
        }),
        { minLength: n, maxLength: n },
      ),
      ties: fc.uniqueArray(
              fc.record({
                a: fc.integer({ min: 0, max: Math.max(0, n - 1) }),
                b: fc.integer({ min: 0, max: Math.max(0, n - 1) }),
                kind: fc.constantFrom(...TIE_KINDS),
                directed: fc.boolean(),
                tacit: fc.boolean(),
                gvc: fc.option(fc.record({ complexity: level, codifiability: level, supplierCapability: level, sameGroup: fc.boolean() }), {
                  nil: undefined,
                }),
              }),
              { maxLength: n < 2 ? 0 : 40, selector: (t) => `${Math.min(t.a, t.b)}-${Math.max(t.a, t.b)}-${t.kind}` },
            ),
      weights: fc.option(
        fc.dictionary(fc.constantFrom('I1', 'I3', 'I7', 'G2', 'G6', 'buzzDegree', 'closureTransitivity'), fc.double({ min: 0.01, max: 5, noNaN: true })),
        { nil: undefined },
      ),
    })
    .map(({ actors, ties, weights }) => {
      const list: Actor[] = actors.map((a, i) => ({ id: `a${i}`, label: `Actor ${i}`, ...a }));
      const tieList: Tie[] = ties
        .filter((t) => t.a !== t.b)
        .map((t, i) => {
          const tie: Tie = {
            id: `t${i}`,
            source: `a${t.a}`,
            target: `a${t.b}`,
            kind: t.kind,
            directed: t.directed,
            strength: 2,
            tacit: t.tacit,
          };
          if (t.kind === 'supply' && t.gvc) {
            const { sameGroup, ...levels } = t.gvc;
            tie.gvc = sameGroup ? { ...levels, sameGroup } : levels;
          }
          return tie;
        });
      return { meta: { title: 'random', ...(weights ? { weights: Object.fromEntries(Object.entries(weights)) } : {}) }, stages: defaultStages(), actors: list, ties: tieList };
    }),
);

function rename(map: ClusterMap, f: (id: string) => string): ClusterMap {
  return {
    ...map,
    actors: map.actors.map((a) => ({ ...a, id: f(a.id) })),
    ties: map.ties.map((t) => ({ ...t, id: f(t.id), source: f(t.source), target: f(t.target) })),
  };
}

/** The id-free content of a report, so two namings of one map can be compared. */
function essence(r: EngineReport, back: (id: string) => string) {
  const round = (x: number | null) => (x === null ? null : Math.round(x * 1e9) / 1e9);
  const actors = Object.fromEntries(
    Object.entries(r.actors).map(([id, a]) => [
      back(id),
      {
        degree: a.degree,
        betweenness: round(a.betweenness),
        closeness: round(a.closeness),
        eigenvector: round(a.eigenvector),
        clustering: round(a.clustering),
        constraint: round(a.constraint),
        coreNumber: a.coreNumber,
        role: a.role,
        brokerage: a.brokerage,
      },
    ]),
  );
  return {
    ici: round(r.indices.ici.value),
    gi: round(r.indices.gi.value),
    components: [...r.indices.ici.components, ...r.indices.gi.components].map((c) => [c.id, round(c.value), c.elements.map(back).sort()]),
    actors,
    ties: Object.fromEntries(Object.entries(r.ties).map(([id, t]) => [back(id), t])),
    graph: Object.fromEntries(Object.entries(r.graph).map(([k, v]) => [k, round(v)])),
    modeMix: r.governance.modeMix,
    archetype: r.archetype.id,
    T: round(r.tripleHelix.T),
    recommendations: r.recommendations.map((x) => [x.id, x.elements.map(back).sort()]),
    warnings: r.warnings.map((w) => w.code).sort(),
  };
}

describe('engine properties', () => {
  it('indices and every sub-indicator stay within range', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const r = computeReport(map);
        for (const index of [r.indices.ici, r.indices.gi]) {
          expect(index.value).toBeGreaterThanOrEqual(0);
          expect(index.value).toBeLessThanOrEqual(100);
          for (const c of index.components) {
            expect(c.value).toBeGreaterThanOrEqual(0);
            expect(c.value).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('is invariant under renaming ids', () => {
    fc.assert(
      fc.property(mapArb, fc.string({ minLength: 1, maxLength: 3 }), fc.boolean(), (map, prefix, reverse) => {
        // An injective renaming that changes the id order (reversing digits reshuffles the sort).
        const f = (id: string) => `${prefix}${reverse ? [...id].reverse().join('') : id.toUpperCase()}_`;
        const inverse = new Map([...map.actors, ...map.ties].map((x) => [f(x.id), x.id]));
        const back = (id: string) => inverse.get(id) ?? id;
        const original = essence(computeReport(map), (id) => id);
        const renamed = essence(computeReport(rename(map, f)), back);
        expect(renamed).toEqual(original);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('is invariant under reordering the input arrays', () => {
    fc.assert(
      fc.property(mapArb, fc.integer(), (map, seed) => {
        const shuffle = <T>(xs: T[]) => {
          const out = [...xs];
          let s = seed >>> 0;
          for (let i = out.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j], out[i]];
          }
          return out;
        };
        const shuffled = { ...map, actors: shuffle(map.actors), ties: shuffle(map.ties), stages: shuffle(map.stages) };
        expect(computeReport(shuffled)).toEqual(computeReport(map));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('gives identical reports from the JSON round trip and from a Y.Doc (client and server paths)', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const direct = computeReport(map);
        expect(computeReport(JSON.parse(JSON.stringify(map)))).toEqual(direct);
        const doc = docFromMap(map);
        const { map: fromDoc, issues } = readMap(doc);
        doc.destroy();
        expect(issues).toEqual([]);
        expect(computeReport(fromDoc)).toEqual(direct);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
