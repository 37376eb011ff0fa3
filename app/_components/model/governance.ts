import type { GovernanceMode, GvcAttributes, Tie } from '../../../lib/map/types';
import { classifyGovernance } from '../../../lib/engine/gvc';

// The engine's classifier (SCIENCE.md §4), so the canvas colours a tie exactly as the scores count it.
export type GovernanceResult = GovernanceMode | 'not_expected' | 'exclusion' | null;

export function governanceOf(gvc: GvcAttributes | undefined): GovernanceResult {
  return gvc ? classifyGovernance(gvc) : null;
}

export function tieGovernance(tie: Tie): GovernanceResult {
  return tie.kind === 'supply' ? governanceOf(tie.gvc) : null;
}

export const GOVERNANCE_WARNING: Record<'not_expected' | 'exclusion', string> = {
  not_expected: 'Theory does not expect simple products whose specifications cannot be written down. Check the answers.',
  exclusion: 'Simple, codified products but an incapable supplier: such suppliers are usually left out of the chain.',
};
