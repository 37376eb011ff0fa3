import { describe, expect, it } from 'vitest';
import { parseMapDocument, parseMapJson, toMapDocument } from '../../../lib/map/interchange';
import { sampleMap } from './fixtures';

describe('clustercanvas.map v1 interchange', () => {
  it('round-trips a complete map through JSON unchanged', () => {
    const doc = toMapDocument(sampleMap());
    const parsed = parseMapJson(JSON.stringify(doc));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(toMapDocument(parsed.map)).toEqual(doc);
  });

  it('fills defaults for optional fields', () => {
    const parsed = parseMapDocument({
      format: 'clustercanvas.map',
      version: 1,
      actors: [{ id: 'a', label: 'A', type: 'firm', scope: 'local' }, { id: 'b', label: 'B', type: 'government', scope: 'local' }],
      ties: [{ id: 't', source: 'a', target: 'b', kind: 'policy' }],
    });
    expect(parsed).toMatchObject({ ok: true, map: { stages: [], ties: [{ directed: false, strength: 2, tacit: false }] } });
    if (parsed.ok) expect(parsed.map.actors[0].stages).toEqual([]);
  });

  it('reports every problem with its path and does not stop at the first', () => {
    const doc = toMapDocument(sampleMap()) as unknown as Record<string, unknown> & { actors: Record<string, unknown>[]; ties: Record<string, unknown>[] };
    doc.actors[0].type = 'spaceship';
    doc.actors[1].label = '';
    doc.ties[0].strength = 7;
    const parsed = parseMapDocument(doc);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['actors[0].type', 'actors[1].label', 'ties[0].strength']));
  });

  it('reports duplicate ids, dangling tie ends and unknown stages', () => {
    const map = sampleMap();
    map.actors.push({ ...map.actors[0] });
    map.ties.push({ ...map.ties[0], id: 't3', target: 'ghost' });
    map.actors[1].stages = ['rd', 'teleportation'];
    const parsed = parseMapDocument(toMapDocument(map));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual(
      expect.arrayContaining([
        { path: expect.stringMatching(/^actors\[\d\]\.id$/), message: 'duplicate id "firm1"' },
        { path: expect.stringMatching(/^ties\[\d\]\.target$/), message: 'unknown actor "ghost"' },
        { path: expect.stringMatching(/^actors\[\d\]\.stages\[1\]$/), message: 'unknown stage "teleportation"' },
      ]),
    );
  });

  it('accepts self-loops and parallel ties: the engine warns about them, the map keeps what people drew', () => {
    const map = sampleMap();
    map.ties.push({ id: 'loop', source: 'uni', target: 'uni', kind: 'social', directed: false, strength: 1, tacit: false });
    map.ties.push({ ...map.ties[0], id: 't1-again' });
    expect(parseMapDocument(toMapDocument(map)).ok).toBe(true);
  });

  it('refuses the wrong format or version, and text that is not JSON', () => {
    expect(parseMapDocument({ format: 'other', version: 1 })).toMatchObject({ ok: false, issues: [{ path: 'format' }] });
    expect(parseMapDocument({ format: 'clustercanvas.map', version: 2 })).toMatchObject({ ok: false, issues: [{ path: 'version' }] });
    expect(parseMapJson('{"format": ')).toMatchObject({ ok: false, issues: [{ path: '(document)', message: expect.stringContaining('not valid JSON') }] });
    expect(parseMapDocument(null)).toMatchObject({ ok: false });
  });

  it('sorts elements by id so exports diff cleanly', () => {
    const map = sampleMap();
    map.actors.reverse();
    expect(toMapDocument(map).actors.map((a) => a.id)).toEqual(['buyer', 'firm1', 'uni']);
  });
});
