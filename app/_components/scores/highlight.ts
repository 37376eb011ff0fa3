/**
 * What the panel asks the canvas to light up. `source` names the control that asked ("component:I3",
 * "recommendation:finance_gap", "actor:a1"), so clicking the same control again clears it.
 */
export interface Highlight {
  source: string;
  elements: string[];
}

export type HighlightHandler = (next: Highlight | null) => void;

/** Clicking what is already lit clears it; anything else replaces it. */
export function toggleHighlight(current: Highlight | null, source: string, elements: string[]): Highlight | null {
  return current?.source === source ? null : { source, elements };
}
