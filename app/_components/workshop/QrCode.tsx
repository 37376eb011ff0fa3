'use client';

import { useMemo } from 'react';
import QRCode from 'qrcode';

// A QR code drawn in the browser from `qrcode`'s module matrix (docs/architecture.md "Joining": why that
// library), as one SVG path: sharp at any size, so it scans from a projector at the back of a room.

/** Light modules around the code that scanners need to find it (the QR standard asks for four). */
const QUIET_ZONE = 4;

export function QrCode({ text, label, className = '' }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    // Level M survives a smudged screen or a little glare and keeps the modules large.
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    return { size: modules.size + 2 * QUIET_ZONE, path: d };
  }, [text]);
  return (
    <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} data-testid="invite-qr" data-text={text} shapeRendering="crispEdges" className={`block bg-white ${className}`}>
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#0f172a" />
    </svg>
  );
}
