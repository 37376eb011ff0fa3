import { classifyGovernance, isGovernanceMode } from '../../engine/gvc';
import type { EngineReport, GovernanceClass } from '../../engine/types';
import {
  EDGE_STYLE,
  GOVERNANCE_STYLE,
  STRENGTH_WIDTH,
  TACIT_HALO,
  TIE_STYLE,
  UNCLASSIFIED_SUPPLY,
  VALUE_CHAIN_TIES,
  lineLook,
  type LineStyle,
} from '../../map/style';
import type { Tie } from '../../map/types';
import type { SceneView, Stroke } from './types';

// A tie's colour, dash, width and opacity in each view, as app/_components/canvas/cyStyle.ts gives them.

export interface TieLook {
  stroke: Stroke;
  opacity: number;
  halo?: Stroke;
  governance?: GovernanceClass | null;
}

/** A line of `color` and `width` in `line` style (lib/map/style.ts lineLook), as the canvas draws it. */
export function strokeOf(color: string, width: number, line: LineStyle, pattern?: readonly number[]): Stroke {
  const look = lineLook(line, pattern);
  return { color, width, ...(look.dash ? { dash: look.dash } : {}), ...(look.cap === 'round' ? { cap: 'round' as const } : {}) };
}

/** The engine's governance of a supply tie (from the report when given, else the same classifier). */
export function governanceOf(tie: Tie, report?: EngineReport): GovernanceClass | null {
  if (tie.kind !== 'supply') return null;
  if (report) return report.ties[tie.id]?.governance ?? null;
  return tie.gvc ? classifyGovernance(tie.gvc) : null;
}

export function tieLook(tie: Tie, view: SceneView, report?: EngineReport): TieLook {
  const kind = TIE_STYLE[tie.kind] ?? TIE_STYLE.social;
  const width = STRENGTH_WIDTH[tie.strength] ?? STRENGTH_WIDTH[2];
  const halo = tie.kind === 'knowledge' && tie.tacit ? { color: TACIT_HALO.color, width: width + 2 * TACIT_HALO.width } : undefined;
  const network: TieLook = { stroke: strokeOf(kind.color, width, kind.line, kind.dash), opacity: EDGE_STYLE.opacity, halo };
  if (view === 'network') return network;
  if (tie.kind !== 'supply') return { ...network, opacity: VALUE_CHAIN_TIES.dimmedOpacity };

  const governance = governanceOf(tie, report);
  if (governance && isGovernanceMode(governance)) {
    const g = GOVERNANCE_STYLE[governance];
    return { stroke: strokeOf(g.color, width, g.line, g.dash), opacity: VALUE_CHAIN_TIES.supplyOpacity, governance };
  }
  return { stroke: strokeOf(UNCLASSIFIED_SUPPLY.color, width, UNCLASSIFIED_SUPPLY.line), opacity: VALUE_CHAIN_TIES.supplyOpacity, governance };
}
