import { describe, expect, it } from 'vitest';
import { buildStylesheet } from '../../../app/_components/canvas/cyStyle';
import { computeReport } from '../../../lib/engine';
import { buildScene } from '../../../lib/export/scene/build-scene';
import { buildLegend } from '../../../lib/export/scene/legend';
import { tieLook } from '../../../lib/export/scene/tie-style';
import { ACTOR_STYLE, DOTTED_DASH, EXTERNAL_NODE, GOVERNANCE_STYLE, STRENGTH_WIDTH, TIE_STYLE, UNCLASSIFIED_SUPPLY, VALUE_CHAIN_MARK, VALUE_CHAIN_TIES, actorSize } from '../../../lib/map/style';
import { templateMap } from '../../../lib/map/templates';
import { valueChainLayout } from '../../../lib/map/value-chain-layout';
import { GOVERNANCE_MODES, type ClusterMap } from '../../../lib/map/types';
import { sampleMap } from '../map/fixtures';

const demo = () => templateMap('optics-valley');

/** The canvas's own stylesheet, read back: what Cytoscape is told for `selector`. */
function canvasStyle(selector: string): Record<string, unknown> {
  const blocks = buildStylesheet() as unknown as { selector: string; style: Record<string, unknown> }[];
  return Object.assign({}, ...blocks.filter((b) => b.selector === selector).map((b) => b.style));
}

describe('buildScene, network view', () => {
  const map = demo();
  const scene = buildScene(map, { view: 'network' });

  it('draws one shape per actor at its shared position, sized and coloured as on the canvas', () => {
    expect(scene.actors.map((a) => a.id)).toEqual(map.actors.map((a) => a.id));
    for (const actor of map.actors) {
      const drawn = scene.actors.find((a) => a.id === actor.id)!;
      expect({ x: drawn.x, y: drawn.y }).toEqual({ x: actor.x, y: actor.y });
      expect(drawn.size).toBe(actorSize(actor));
      expect(drawn.fill).toBe(canvasStyle(`node[type = "${actor.type}"]`)['background-color']);
      expect(drawn.shape).toBe(canvasStyle(`node[type = "${actor.type}"]`).shape);
      expect(drawn.fill).toBe(ACTOR_STYLE[actor.type].color);
      if (actor.scope === 'external') {
        expect(drawn.border).toEqual({ color: canvasStyle('node.external')['border-color'], width: canvasStyle('node.external')['border-width'], dash: EXTERNAL_NODE.dash });
        expect(drawn.fillOpacity).toBe(canvasStyle('node.external')['background-opacity']);
      } else {
        expect(drawn.border.dash).toBeUndefined();
      }
      expect(drawn.labelLines.join(' ').replace(/\s+/g, ' ')).toBe(actor.label.replace(/\s+/g, ' '));
    }
  });

  it('draws one path per tie, in its kind colour, dash and strength width, with an arrow when directed', () => {
    expect(scene.ties.map((t) => t.id)).toEqual(map.ties.map((t) => t.id));
    for (const tie of map.ties) {
      const drawn = scene.ties.find((t) => t.id === tie.id)!;
      const canvas = canvasStyle(`edge[kind = "${tie.kind}"]`);
      expect(drawn.stroke.color).toBe(canvas['line-color']);
      expect(drawn.stroke.color).toBe(TIE_STYLE[tie.kind].color);
      expect(drawn.stroke.width).toBe(STRENGTH_WIDTH[tie.strength]);
      // Dotted kinds are drawn dashed with round caps on the canvas too (lib/map/style.ts lineLook).
      expect(canvas['line-style']).not.toBe('dotted');
      if (canvas['line-style'] === 'dashed') expect(drawn.stroke.dash).toEqual(canvas['line-dash-pattern']);
      if (canvas['line-style'] === 'solid') expect(drawn.stroke.dash).toBeUndefined();
      expect(drawn.stroke.cap ?? 'butt').toBe(canvas['line-cap']);
      if (TIE_STYLE[tie.kind].line === 'dotted') expect(drawn.stroke.cap).toBe('round');
      expect(Boolean(drawn.arrow)).toBe(tie.directed);
      expect(Boolean(drawn.halo)).toBe(tie.kind === 'knowledge' && tie.tacit);
      expect(drawn.path).toMatch(/^M[-\d. ]+[LQ]/);
    }
  });

  it('lists in the legend the actor types and tie kinds the map has, with the canvas colours', () => {
    const rows = scene.legend.sections.flatMap((s) => s.rows.map((r) => r.text.lines[0]));
    const types = new Set(map.actors.map((a) => a.type));
    for (const [type, style] of Object.entries(ACTOR_STYLE)) expect(rows.includes(style.label)).toBe(types.has(type as never));
    const kinds = new Set(map.ties.map((t) => t.kind));
    for (const [kind, style] of Object.entries(TIE_STYLE)) expect(rows.includes(style.label)).toBe(kinds.has(kind as never));
    const firm = scene.legend.sections[0].rows.find((r) => r.text.lines[0] === 'Firm')!;
    expect(firm.swatch.kind === 'shape' && firm.swatch.fill).toBe(ACTOR_STYLE.firm.color);
  });

  it('has a bounding box around every shape and the legend', () => {
    const { x, y, w, h } = scene.bbox;
    for (const a of scene.actors) {
      expect(a.x - a.size / 2).toBeGreaterThan(x);
      expect(a.y + a.size / 2).toBeLessThan(y + h);
    }
    expect(scene.legend.x + scene.legend.w).toBeLessThan(x + w);
  });

  it('places actors without a position deterministically: the ring when none has one, else beside their neighbours', () => {
    const sample = sampleMap();
    const a = buildScene(sample, { view: 'network' });
    const b = buildScene(structuredClone(sample), { view: 'network' });
    expect(a).toEqual(b);
    const firm = a.actors.find((s) => s.id === 'firm1')!;
    expect({ x: firm.x, y: firm.y }).toEqual({ x: 10, y: 20 });
    const uni = a.actors.find((s) => s.id === 'uni')!;
    expect(Math.hypot(uni.x - 10, uni.y - 20)).toBeCloseTo(110, -1);

    const none: ClusterMap = { ...sample, actors: sample.actors.map(({ x: _x, y: _y, ...rest }) => rest) };
    const ring = buildScene(none, { view: 'network' }).actors;
    expect(new Set(ring.map((s) => `${s.x},${s.y}`)).size).toBe(ring.length);
  });

  it('survives an empty map', () => {
    const empty = buildScene({ meta: { title: 'Empty' }, stages: [], actors: [], ties: [] }, { view: 'network' });
    expect(empty.actors).toEqual([]);
    expect(empty.bbox.w).toBeGreaterThan(0);
  });
});

describe('buildScene, value-chain view', () => {
  const map = demo();
  const report = computeReport(map);
  const scene = buildScene(map, { view: 'value-chain', report });
  const layout = valueChainLayout(map);

  it('puts every actor where the value-chain layout puts it, as the small mark', () => {
    for (const a of scene.actors) {
      expect({ x: a.x, y: a.y }).toEqual(layout.positions[a.id]);
      expect(a.size).toBe(VALUE_CHAIN_MARK.size);
      expect(a.size).toBe(canvasStyle('node.actor.vc').width);
    }
  });

  it('draws the columns, headers, band labels and divider of the layout', () => {
    expect(scene.decor.map((d) => d.id)).toEqual(layout.decor.map((d) => d.id));
    for (const d of layout.decor) {
      const drawn = scene.decor.find((s) => s.id === d.id)!;
      expect({ x: drawn.x + drawn.w / 2, y: drawn.y + drawn.h / 2, w: drawn.w, h: drawn.h }).toEqual({ x: d.x, y: d.y, w: d.w, h: d.h });
    }
    const headers = scene.decor.filter((d) => d.kind === 'header').map((d) => d.text!.lines[0]);
    expect(headers).toContain('R&D');
    expect(scene.decor.find((d) => d.kind === 'band')!.text!.lines.join(' ')).toContain('cluster');
  });

  it('colours supply ties by governance mode and fades the others, as the canvas does', () => {
    for (const tie of scene.ties) {
      if (tie.kind !== 'supply') {
        expect(tie.opacity).toBe(VALUE_CHAIN_TIES.dimmedOpacity);
        expect(tie.opacity).toBe(canvasStyle('edge.vc-dim').opacity);
        continue;
      }
      const mode = report.ties[tie.id].governance;
      expect(tie.governance).toBe(mode);
      const expected = mode && mode in GOVERNANCE_STYLE ? GOVERNANCE_STYLE[mode as keyof typeof GOVERNANCE_STYLE].color : UNCLASSIFIED_SUPPLY.color;
      expect(tie.stroke.color).toBe(expected);
      if (mode && mode in GOVERNANCE_STYLE) expect(tie.stroke.color).toBe(canvasStyle(`edge.vc[gov = "${mode}"]`)['line-color']);
    }
    expect(scene.legend.sections[0].title.lines[0]).toBe('SUPPLY GOVERNANCE');
  });

  it('draws every governance mode and an unclassified supply tie with the canvas line, and the legend with the same', () => {
    const tie = { id: 't', source: 'a', target: 'b', kind: 'supply' as const, directed: true, strength: 2 as const, tacit: false };
    const cases = [...GOVERNANCE_MODES.map((m) => [m, `edge.vc[gov = "${m}"]`] as const), [null, 'edge.vc[kind = "supply"]'] as const];
    for (const [mode, selector] of cases) {
      const report = { ties: { t: { governance: mode } } } as unknown as Parameters<typeof tieLook>[2];
      const { stroke } = tieLook(tie, 'value-chain', report);
      const canvas = { ...canvasStyle('edge.vc[kind = "supply"]'), ...(mode ? canvasStyle(selector) : {}) };
      expect(stroke.dash ? 'dashed' : 'solid', `${mode}`).toBe(canvas['line-style']);
      if (stroke.dash) expect(stroke.dash).toEqual(canvas['line-dash-pattern']);
      expect(stroke.cap ?? 'butt', `${mode}`).toBe(canvas['line-cap']);
      // The legend's sample of it is the same line, thinner.
      const sample = buildLegend(
        { meta: { title: '' }, stages: [], actors: [], ties: [tie] },
        [{ kind: 'supply', governance: mode } as never],
        'value-chain',
        0,
        0,
      ).sections[0].rows[0].swatch;
      expect(sample.kind === 'line' && { dash: sample.stroke.dash, cap: sample.stroke.cap }).toEqual({ dash: stroke.dash, cap: stroke.cap });
    }
    expect(GOVERNANCE_STYLE.market.line).toBe('dotted');
    expect(tieLook(tie, 'value-chain', { ties: { t: { governance: 'market' } } } as never).stroke).toMatchObject({ dash: DOTTED_DASH, cap: 'round' });
  });
});
