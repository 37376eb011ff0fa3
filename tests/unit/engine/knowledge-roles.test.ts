import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { actor, mapOf, tie } from './build';

describe('knowledge roles (Giuliani & Bell 2005)', () => {
  // EO: G 2, S 2 (mean 2/3); out: G 2, M1 2, M2 1 (mean 5/6); in: M1 2, M2 2, W 1 (mean 5/6).
  const map = mapOf(
    [
      actor('G', 'university'),
      actor('S'),
      actor('M1'),
      actor('M2'),
      actor('W'),
      actor('I'),
      actor('X1', 'firm', 'external'),
      actor('X2', 'research', 'external'),
    ],
    [
      tie('X1', 'G', 'knowledge'),
      tie('X2', 'G', 'knowledge'),
      tie('X1', 'S', 'knowledge'),
      tie('X2', 'S', 'knowledge'),
      tie('G', 'M1', 'knowledge', { directed: true }),
      tie('G', 'M2', 'knowledge', { directed: true }),
      tie('M1', 'M2', 'knowledge'),
      tie('M1', 'W', 'knowledge', { directed: true }),
      // Non-knowledge ties do not make anyone less isolated in knowledge.
      tie('I', 'M1', 'supply'),
    ],
  );
  const r = computeReport(map);

  it('a university with above-average external openness that also sources local knowledge is a gatekeeper', () => {
    expect(r.actors.G.role).toBe('gatekeeper');
  });
  it('high external openness without local sourcing makes an external star', () => {
    expect(r.actors.S.role).toBe('external_star');
  });
  it('above-average sourcing and absorbing makes mutual exchangers', () => {
    expect(r.actors.M1.role).toBe('mutual_exchanger');
    expect(r.actors.M2.role).toBe('mutual_exchanger');
  });
  it('only absorbing a little is weakly connected', () => {
    expect(r.actors.W.role).toBe('weakly_connected');
  });
  it('no local knowledge ties and no external openness is isolated', () => {
    expect(r.actors.I.role).toBe('isolated');
  });
  it('external actors have no role', () => {
    expect(r.actors.X1.role).toBeNull();
    expect(r.actors.X2.role).toBeNull();
  });
});
