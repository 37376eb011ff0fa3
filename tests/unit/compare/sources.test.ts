import { describe, expect, it } from 'vitest';
import { compareSourceText, parseCompareSource } from '../../../lib/compare/sources';

// The two sides of a comparison as the compare endpoint and the report take them (docs/architecture.md
// "Comparisons"): a checkpoint id, `live`, or `scenario:<id>`.

describe('parseCompareSource', () => {
  it('reads live, a checkpoint id and a scenario', () => {
    expect(parseCompareSource('live')).toEqual({ ok: true, source: { kind: 'live' } });
    expect(parseCompareSource('k_abc123')).toEqual({ ok: true, source: { kind: 'checkpoint', id: 'k_abc123' } });
    expect(parseCompareSource(' scenario:s_9 ')).toEqual({ ok: true, source: { kind: 'scenario', id: 's_9' } });
  });

  it('refuses what is missing or malformed, saying what a source is', () => {
    for (const bad of [null, '', '  ', 'scenario:', 'scenario:a/b', '../k', 'k 1', 'x'.repeat(65)]) {
      const parsed = parseCompareSource(bad);
      expect(parsed.ok, String(bad)).toBe(false);
      if (!parsed.ok) expect(parsed.problem).toMatch(/checkpoint id|scenario:<id>/);
    }
  });

  it('writes a source back as the query value it came from', () => {
    for (const text of ['live', 'k_1', 'scenario:s_1']) {
      const parsed = parseCompareSource(text);
      expect(parsed.ok && compareSourceText(parsed.source)).toBe(text);
    }
  });
});
