import type { CompareMessage } from './messages';

// The shape of a comparison of two map states (docs/architecture.md "Comparisons"): what came, went and
// changed, and every index and sub-indicator before and after with what explains its change.

export interface ElementChanges {
  added: string[];
  removed: string[];
  changed: Array<{ id: string; fields: string[] }>;
}

export interface ValueChange {
  from: number;
  to: number;
  delta: number;
}

export interface ExplainedChange extends ValueChange {
  /** The change on the 0–100 scale the score panel shows, to one decimal (signed). */
  points: number;
  /** The added, removed or changed actors and ties that explain it (docs/engine.md "How a change is attributed"). */
  elements: string[];
  /** The sentence as a key with values, for lib/i18n/compare-words.ts. */
  i18n: CompareMessage;
}

export interface ComponentChange extends ExplainedChange {
  /** The engine's English name of the sub-indicator. */
  name: string;
}

export interface MapComparison {
  actors: ElementChanges;
  ties: ElementChanges;
  indices: {
    ici: ExplainedChange;
    gi: ExplainedChange;
    /** Every sub-indicator, I1…I7 and G1…G7, in 0–1 as the engine reports them. */
    components: Record<string, ComponentChange>;
  };
}

/** A comparison with every sentence worded in one language (lib/compare/worded.ts). */
export interface WordedComparison extends MapComparison {
  indices: {
    ici: ExplainedChange & { explanation: string };
    gi: ExplainedChange & { explanation: string };
    components: Record<string, ComponentChange & { explanation: string }>;
  };
}
