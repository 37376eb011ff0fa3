// Governance of every supply tie and the figures built on it (mode mix, G6, G7, warnings).

import type { GovernanceMode } from '../map/types';
import type { ClusterBase } from './cluster';
import { classifyGovernance, isGovernanceMode, upgradingProspect } from './gvc';
import { msg } from './messages';
import type { EngineWarning, GovernanceClass, TieReport } from './types';

export interface GvcSummary {
  ties: Record<string, TieReport>;
  modeMix: Record<GovernanceClass, number>;
  supplyTies: number;
  /** Measured supply ties in one of the five modes, ascending id. */
  classified: { id: string; mode: GovernanceMode; source: number; target: number; upgrading: number }[];
}

export function summariseGvc(c: ClusterBase, warnings: EngineWarning[]): GvcSummary {
  const ties: Record<string, TieReport> = {};
  for (const t of c.model.allTies) {
    const governance = t.kind === 'supply' && t.gvc ? classifyGovernance(t.gvc) : null;
    ties[t.id] = { governance, upgrading: isGovernanceMode(governance) ? upgradingProspect(governance, c.settings) : null };
  }
  const modeMix: Record<GovernanceClass, number> = {
    market: 0,
    modular: 0,
    relational: 0,
    captive: 0,
    hierarchy: 0,
    not_expected: 0,
    exclusion: 0,
  };
  const classified: GvcSummary['classified'] = [];
  let supplyTies = 0;
  for (const t of c.model.ties) {
    if (t.kind !== 'supply') continue;
    supplyTies++;
    const g = ties[t.id].governance;
    if (!g) continue;
    modeMix[g]++;
    const [a, b] = [c.model.actors[t.source].id, c.model.actors[t.target].id];
    if (g === 'not_expected')
      warnings.push({
        code: 'gvc_not_expected',
        message: `supply tie "${t.id}" (${a} → ${b}) has low complexity and low codifiability, a combination GVC theory does not expect; check its attributes`,
        elements: [t.id],
        i18n: msg('warning.gvc_not_expected', { tie: t.id, ends: [a, b] }),
      });
    else if (g === 'exclusion')
      warnings.push({
        code: 'gvc_exclusion',
        message: `supply tie "${t.id}" (${a} → ${b}): low complexity, high codifiability and a low-capability supplier means the supplier would be excluded from the chain; check its attributes`,
        elements: [t.id],
        i18n: msg('warning.gvc_exclusion', { tie: t.id, ends: [a, b] }),
      });
    else classified.push({ id: t.id, mode: g, source: t.source, target: t.target, upgrading: ties[t.id].upgrading! });
  }
  return { ties, modeMix, supplyTies, classified };
}
