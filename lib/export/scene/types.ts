import type { ActorType, Scope, TieKind } from '../../map/types';
import type { NodeShape } from '../../map/style';
import type { GovernanceClass } from '../../engine/types';
import type { FontWeight } from './text';

// One drawing of a map, in map units (one unit = one canvas pixel at zoom 1), positioned and styled the way
// the canvas draws it. The SVG writer (lib/export/svg.ts) draws it; PNG and PDF are made from that SVG.

export type SceneView = 'network' | 'value-chain';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Stroke {
  color: string;
  width: number;
  /** Dash and gap lengths; none for a solid line. */
  dash?: readonly number[];
  /** Round caps make a dotted line's dashes dots (lib/map/style.ts lineLook); butt when absent. */
  cap?: 'round';
}

/** Some lines of text. `x` is where the lines are anchored, `y` the top of the first line. */
export interface SceneText {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle';
  fontSize: number;
  fontWeight: FontWeight;
  /** Distance between baselines. */
  lineHeight: number;
  color: string;
  /** Degrees, clockwise, about the middle of the text. */
  rotate?: number;
  /** Fades the text with the element it belongs to (a faded tie's word). */
  opacity?: number;
  /** A box behind the text, as the canvas draws behind actor names. */
  background?: Box & { fill: string; opacity: number; radius: number };
}

export interface SceneActor {
  id: string;
  label: string;
  type: ActorType;
  scope: Scope;
  shape: NodeShape;
  x: number;
  y: number;
  size: number;
  /** The outline as SVG path data, in scene coordinates. */
  path: string;
  fill: string;
  fillOpacity: number;
  border: Stroke;
  /** The label as wrapped on the canvas. */
  labelLines: string[];
}

export interface SceneTie {
  id: string;
  source: string;
  target: string;
  kind: TieKind;
  directed: boolean;
  /** The line as SVG path data, from the source's outline to the target's (or the arrow's base). */
  path: string;
  stroke: Stroke;
  opacity: number;
  /** The arrow head at the target as a closed SVG path, filled with the line colour. */
  arrow?: string;
  /** The pale halo of a tacit knowledge tie, drawn under the line. */
  halo?: Stroke;
  /** The supply tie's governance where the view colours by it (value chain). */
  governance?: GovernanceClass | null;
}

export interface SceneLabel extends SceneText {
  /** The actor or tie the label belongs to. */
  of: string;
  kind: 'actor' | 'tie';
}

export interface SceneDecor extends Box {
  id: string;
  kind: 'column' | 'header' | 'band' | 'divider';
  fill: string;
  fillOpacity: number;
  radius: number;
  text?: SceneText;
}

export type LegendSwatch =
  | { kind: 'shape'; path: string; fill: string; fillOpacity: number; border: Stroke }
  | { kind: 'line'; path: string; stroke: Stroke; arrow?: string; halo?: Stroke };

export interface LegendRow {
  swatch: LegendSwatch;
  text: SceneText;
}

export interface LegendSection {
  title: SceneText;
  rows: LegendRow[];
}

export interface SceneLegend extends Box {
  fill: string;
  border: Stroke;
  sections: LegendSection[];
}

export interface Scene {
  view: SceneView;
  /** What the picture covers, margin included: the SVG's viewBox. */
  bbox: Box;
  background: string;
  actors: SceneActor[];
  ties: SceneTie[];
  labels: SceneLabel[];
  decor: SceneDecor[];
  legend: SceneLegend;
}
