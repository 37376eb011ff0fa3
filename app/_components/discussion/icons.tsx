import type { VoteValue } from '../../../lib/map/types';

// Line icons drawn inline: emoji fonts are missing on many projector PCs and Linux machines.
const base = { width: 18, height: 18, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2.6, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

export const VOTE_ICON: Record<VoteValue, React.ReactNode> = {
  agree: (
    <svg {...base}>
      <path d="M4 12.5 9.5 18 20 6.5" />
    </svg>
  ),
  disagree: (
    <svg {...base}>
      <path d="M6 6l12 12M18 6 6 18" />
    </svg>
  ),
  unsure: (
    <svg {...base}>
      <path d="M8.5 9a3.5 3.5 0 1 1 5 3.2c-1 .5-1.5 1.2-1.5 2.3v.5" />
      <path d="M12 19h.01" />
    </svg>
  ),
};

export const BubbleIcon = ({ size = 16 }: { size?: number }) => (
  <svg {...base} width={size} height={size} strokeWidth={2} className="inline shrink-0">
    <path d="M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-8l-5 4v-4H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />
  </svg>
);
