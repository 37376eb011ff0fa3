import type { Stage } from './types';

/** The smile curve of docs/engine.md §1.7: the value-chain stages a new workshop starts with. */
export const DEFAULT_STAGES: readonly Stage[] = [
  { id: 'rd', label: 'R&D', order: 0, weight: 1.5 },
  { id: 'design', label: 'Design', order: 1, weight: 1.5 },
  { id: 'components', label: 'Components', order: 2, weight: 1 },
  { id: 'manufacturing', label: 'Manufacturing', order: 3, weight: 1 },
  { id: 'marketing', label: 'Marketing & brand', order: 4, weight: 1.5 },
  { id: 'distribution', label: 'Distribution', order: 5, weight: 1 },
  { id: 'after_sales', label: 'After-sales service', order: 6, weight: 1.25 },
];

export function defaultStages(): Stage[] {
  return DEFAULT_STAGES.map((s) => ({ ...s }));
}
