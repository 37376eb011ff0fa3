import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../../lib/map/default-stages';
import { parseMapDocument, toMapDocument } from '../../../lib/map/interchange';
import { OPTICS_VALLEY_MAP } from '../../../lib/map/templates/optics-valley';
import { TEMPLATE_NAMES, TEMPLATES, templateMap } from '../../../lib/map/templates';
import { ACTOR_TYPES, SCOPES, TIE_KINDS } from '../../../lib/map/types';
import { docFromMap, readMap } from '../../../lib/map/ydoc';

describe('Optics Valley template', () => {
  const map = OPTICS_VALLEY_MAP;

  it('is a valid clustercanvas.map document with no problems', () => {
    const parsed = parseMapDocument(JSON.parse(JSON.stringify(toMapDocument(map))));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('survives the Y.Doc binding unchanged, with nothing reported', () => {
    const { map: read, issues } = readMap(docFromMap(map));
    expect(issues).toEqual([]);
    expect(toMapDocument(read)).toEqual(toMapDocument(map));
  });

  it('has the size of a real workshop map', () => {
    expect(map.actors.length).toBeGreaterThanOrEqual(25);
    expect(map.actors.length).toBeLessThanOrEqual(35);
    expect(map.ties.length).toBeGreaterThanOrEqual(45);
    expect(map.ties.length).toBeLessThanOrEqual(70);
  });

  it('has every actor type, both scopes and every tie kind', () => {
    expect(new Set(map.actors.map((a) => a.type))).toEqual(new Set(ACTOR_TYPES));
    expect(new Set(map.actors.map((a) => a.scope))).toEqual(new Set(SCOPES));
    expect(new Set(map.ties.map((t) => t.kind))).toEqual(new Set(TIE_KINDS));
  });

  it('uses the default smile-curve stages and names the cluster', () => {
    expect(map.stages).toEqual(DEFAULT_STAGES);
    expect(map.meta).toMatchObject({
      title: 'Wuhan Optics Valley — optoelectronics cluster',
      region: 'East Lake High-tech Zone, Wuhan, Hubei (湖北省武汉市东湖高新区)',
    });
    expect(map.meta.cluster).toBeTruthy();
    expect(map.meta.sector).toBeTruthy();
  });

  it('names the real core actors', () => {
    const labels = map.actors.map((a) => a.label).join('\n');
    for (const name of [
      'Yangtze Optical Fibre and Cable',
      'FiberHome',
      'Accelink',
      'Huazhong University of Science and Technology (华中科技大学)',
      'Wuhan National Laboratory for Optoelectronics',
      'East Lake High-tech Zone Administrative Committee',
    ]) {
      expect(labels).toContain(name);
    }
  });

  it('gives supply ties GVC attributes (some of each governance shape), and only supply ties', () => {
    const supply = map.ties.filter((t) => t.kind === 'supply');
    expect(supply.every((t) => t.gvc)).toBe(true);
    expect(map.ties.filter((t) => t.kind !== 'supply').some((t) => t.gvc)).toBe(false);
    // market (low complexity), relational (low codifiability), captive (low capability), hierarchy (same group)
    expect(supply.some((t) => t.gvc!.complexity === 'low')).toBe(true);
    expect(supply.some((t) => t.gvc!.complexity === 'high' && t.gvc!.codifiability === 'low')).toBe(true);
    expect(supply.some((t) => t.gvc!.supplierCapability === 'low')).toBe(true);
    expect(supply.some((t) => t.gvc!.sameGroup)).toBe(true);
  });

  it('marks knowledge ties with a direction and a mix of tacit and codified', () => {
    const knowledge = map.ties.filter((t) => t.kind === 'knowledge');
    expect(knowledge.filter((t) => t.directed).length).toBeGreaterThan(knowledge.length / 2);
    expect(knowledge.some((t) => t.tacit)).toBe(true);
    expect(knowledge.some((t) => !t.tacit)).toBe(true);
    expect(map.ties.filter((t) => t.kind !== 'knowledge').some((t) => t.tacit)).toBe(false);
  });

  it('places every actor, with no two on top of each other, and leaves no one isolated', () => {
    for (const a of map.actors) {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y), a.id).toBe(true);
      for (const b of map.actors) {
        if (a !== b) expect(Math.hypot(a.x! - b.x!, a.y! - b.y!), `${a.id} vs ${b.id}`).toBeGreaterThan(80);
      }
    }
    const tied = new Set(map.ties.flatMap((t) => [t.source, t.target]));
    expect(map.actors.filter((a) => !tied.has(a.id)).map((a) => a.id)).toEqual([]);
    expect(map.ties.filter((t) => t.source === t.target)).toEqual([]);
  });
});

describe('templates index', () => {
  it('offers empty and optics-valley with a title and description', () => {
    expect([...TEMPLATE_NAMES]).toEqual(['empty', 'optics-valley']);
    for (const name of TEMPLATE_NAMES) {
      expect(TEMPLATES[name].title).toBeTruthy();
      expect(TEMPLATES[name].description.length).toBeGreaterThan(20);
    }
  });

  it('empty has the default stages and nothing else', () => {
    const map = templateMap('empty');
    expect(map.stages).toEqual(DEFAULT_STAGES);
    expect(map.actors).toEqual([]);
    expect(map.ties).toEqual([]);
  });

  it('returns a fresh copy each time', () => {
    const a = templateMap('optics-valley');
    a.actors[0].label = 'Changed';
    a.stages.pop();
    a.meta.title = 'Changed';
    const b = templateMap('optics-valley');
    expect(b.actors[0].label).not.toBe('Changed');
    expect(b.stages).toHaveLength(DEFAULT_STAGES.length);
    expect(OPTICS_VALLEY_MAP.meta.title).not.toBe('Changed');
  });

  it('refuses an unknown template by name', () => {
    expect(() => templateMap('mars' as never)).toThrow(/unknown template "mars"/);
  });
});
