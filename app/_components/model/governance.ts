import type { GovernanceMode, GvcAttributes, Tie } from '../../../lib/map/types';
import { classifyGovernance } from '../../../lib/engine/gvc';

// The engine's classifier (docs/engine.md §8), so the canvas colours a tie exactly as the scores count it.
export type GovernanceResult = GovernanceMode | 'not_expected' | 'exclusion' | null;

export function governanceOf(gvc: GvcAttributes | undefined): GovernanceResult {
  return gvc ? classifyGovernance(gvc) : null;
}

export function tieGovernance(tie: Tie): GovernanceResult {
  return tie.kind === 'supply' ? governanceOf(tie.gvc) : null;
}
