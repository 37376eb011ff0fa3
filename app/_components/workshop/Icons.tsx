// A few line icons drawn inline: emoji fonts are missing on many projector PCs and Linux machines.
const base = { width: 16, height: 16, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

export const EyeIcon = () => (
  <svg {...base} className="inline -mt-0.5 mr-1">
    <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
    <circle cx="12" cy="12" r="3" />
  </svg>
);

export const LockIcon = () => (
  <svg {...base} className="inline -mt-0.5 mr-1">
    <rect x="4" y="11" width="16" height="10" rx="2" />
    <path d="M8 11V7a4 4 0 0 1 8 0v4" />
  </svg>
);

export const TrashIcon = () => (
  <svg {...base} width={18} height={18} className="inline">
    <path d="M3 6h18M8 6V4h8v2M6 6l1 14h10l1-14" />
  </svg>
);

export const WarningIcon = () => (
  <svg {...base} className="inline -mt-0.5 mr-1">
    <path d="M12 3 2 21h20L12 3z" />
    <path d="M12 10v5M12 18h.01" />
  </svg>
);
