import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../lib/engine';
import { buildScene } from '../../../lib/export/scene/build-scene';
import { EMBEDDED_FONT_FAMILY, mapToSvg, sceneToSvg, textByWeight } from '../../../lib/export/svg';
import { templateMap } from '../../../lib/map/templates';
import { sampleMap } from '../map/fixtures';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['g', 'path', 'text', 'tspan', 'rect'].includes(name), preserveOrder: false });

function parse(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  return parser.parse(svg).svg;
}

const layer = (svg: any, id: string) => svg.g.find((g: any) => g.id === id);

/** Every text node under `node`, depth first. */
function allText(node: unknown): string[] {
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(allText);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => (k === '#text' ? [String(v)] : k === 'tspan' || k === 'text' || k === 'g' ? allText(v) : []));
  return [];
}

describe('mapToSvg', () => {
  for (const view of ['network', 'value-chain'] as const) {
    it(`writes well-formed SVG of the ${view} view: one shape per actor, one line per tie, in their layers`, () => {
      const map = templateMap('optics-valley');
      const svg = parse(mapToSvg(map, view, { report: computeReport(map) }));
      expect(svg.g.map((g: any) => g.id)).toEqual(['decor', 'ties', 'actors', 'labels', 'legend']);
      const actors = layer(svg, 'actors').path;
      expect(actors.map((p: any) => p['data-id'])).toEqual(map.actors.map((a) => a.id));
      const ties = layer(svg, 'ties').g;
      expect(ties.map((g: any) => g['data-id'])).toEqual(map.ties.map((t) => t.id));
      for (const tie of ties) expect(tie.path.filter((p: any) => p.class === 'line')).toHaveLength(1);
      const labels = layer(svg, 'labels').g.filter((g: any) => g.class === 'label');
      expect(labels.length).toBeGreaterThanOrEqual(map.actors.length);
      if (view === 'value-chain') expect(layer(svg, 'decor').g.length).toBeGreaterThan(0);
    });
  }

  it('keeps hostile labels inert text', () => {
    const map = sampleMap();
    map.meta.title = '</title><script>alert(1)</script>';
    map.actors[0].label = '<script>alert(1)</script>';
    map.actors[1].label = 'Fibre & "Cable" \'Co\' ]]> <!-- x';
    map.actors[2].id = 'id"><script>alert(2)</script>';
    map.ties[1].target = map.actors[2].id;
    const text = mapToSvg(map, 'network');
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toContain('<!--');
    const svg = parse(text);
    const labelText = allText(layer(svg, 'labels'));
    expect(labelText.join('\n')).toContain('<script>alert(1)</script>');
    expect(labelText.join(' ')).toContain('Fibre & "Cable" \'Co\' ]]> <!-- x');
    expect(svg.title).toBe('</title><script>alert(1)</script>');
    expect(layer(svg, 'actors').path[2]['data-id']).toBe(map.actors[2].id);
  });

  it('names the bundled Chinese font with a generic fallback, and embeds given subsets under their own family', () => {
    const plain = parse(mapToSvg(sampleMap(), 'network'));
    expect(plain['font-family']).toMatch(/^'Noto Sans SC', .*sans-serif$/);
    expect(plain.defs).toBeUndefined();

    const scene = buildScene(sampleMap(), { view: 'network' });
    const embedded = sceneToSvg(scene, { embeddedFonts: [{ weight: 'regular', format: 'woff2', base64: 'AAAA' }, { weight: 'bold', format: 'woff2', base64: 'BBBB' }] });
    const svg = parse(embedded);
    expect(svg['font-family'].startsWith(`'${EMBEDDED_FONT_FAMILY}', 'Noto Sans SC'`)).toBe(true);
    expect(svg.defs.style).toContain(`@font-face{font-family:"${EMBEDDED_FONT_FAMILY}";font-weight:100 500;src:url(data:font/woff2;base64,AAAA) format("woff2")}`);
    expect(svg.defs.style).toContain('font-weight:600 900;src:url(data:font/woff2;base64,BBBB)');
  });

  it('says which characters each embedded face must cover', () => {
    const { regular, bold } = textByWeight(buildScene(sampleMap(), { view: 'network' }));
    for (const c of '华中科技大学Fibre') expect(bold).toContain(c);
    for (const c of 'Firm') expect(regular).toContain(c);
  });

  it('leaves the background out when asked for transparency', () => {
    expect(mapToSvg(sampleMap(), 'network')).toContain('id="background"');
    expect(mapToSvg(sampleMap(), 'network', { transparent: true })).not.toContain('id="background"');
  });
});
