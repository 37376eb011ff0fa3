import type { ActorType, GovernanceMode, TieKind } from '../../../lib/map/types';
import { lineLook, type LineStyle } from '../../../lib/map/style';
import { ACTOR_STYLE, GOVERNANCE_STYLE, TIE_STYLE } from '../model/palette';

// Small SVG samples of a node shape or a line style, used by the legend and the inspector pickers so
// they look exactly like the canvas.

const SHAPES: Record<string, string> = {
  'round-rectangle': 'M4 2 H16 Q18 2 18 4 V16 Q18 18 16 18 H4 Q2 18 2 16 V4 Q2 2 4 2 Z',
  hexagon: 'M5 2 H15 L19 10 L15 18 H5 L1 10 Z',
  diamond: 'M10 1 L19 10 L10 19 L1 10 Z',
  octagon: 'M6 1.5 H14 L18.5 6 V14 L14 18.5 H6 L1.5 14 V6 Z',
  ellipse: 'M10 1.5 A8.5 8.5 0 1 1 9.99 1.5 Z',
  barrel: 'M3 2 Q10 0 17 2 Q19.5 10 17 18 Q10 20 3 18 Q0.5 10 3 2 Z',
  'round-triangle': 'M10 2 L18.5 17 Q18.5 18 17.5 18 H2.5 Q1.5 18 1.5 17 Z',
  rhomboid: 'M5 3 H19 L15 17 H1 Z',
};

export function ActorSwatch({ type, external, size = 20 }: { type: ActorType; external?: boolean; size?: number }) {
  const s = ACTOR_STYLE[type];
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" className="shrink-0">
      <path
        d={SHAPES[s.shape]}
        fill={s.color}
        fillOpacity={external ? 0.55 : 1}
        stroke={external ? '#1e293b' : 'white'}
        strokeWidth={external ? 1.6 : 1}
        strokeDasharray={external ? '2.5 1.5' : undefined}
      />
    </svg>
  );
}


export function LineSwatch({ color, line, dash, width = 3, arrow, halo }: { color: string; line: LineStyle; dash?: readonly number[]; width?: number; arrow?: boolean; halo?: boolean }) {
  // Drawn as the canvas draws it (lib/map/style.ts lineLook), dots and dashes alike.
  const look = lineLook(line, dash);
  return (
    <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className="shrink-0">
      {halo && <line x1="2" y1="7" x2={arrow ? 26 : 32} y2="7" stroke="#bfdbfe" strokeWidth={width + 5} />}
      <line x1="2" y1="7" x2={arrow ? 26 : 32} y2="7" stroke={color} strokeWidth={width} strokeDasharray={look.dash?.join(' ')} strokeLinecap={look.cap} />
      {arrow && <path d="M25 2.5 L33 7 L25 11.5 Z" fill={color} />}
    </svg>
  );
}

export function TieSwatch({ kind, width }: { kind: TieKind; width?: number }) {
  const s = TIE_STYLE[kind];
  return <LineSwatch color={s.color} line={s.line} dash={s.dash} width={width} />;
}

export function GovernanceSwatch({ mode }: { mode: GovernanceMode }) {
  const s = GOVERNANCE_STYLE[mode];
  return <LineSwatch color={s.color} line={s.line} dash={s.dash} arrow />;
}
