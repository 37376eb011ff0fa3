// Global value chain governance (Gereffi, Humphrey & Sturgeon 2005) and its upgrading prospects
// (Humphrey & Schmitz 2002).

import type { GovernanceMode, GvcAttributes } from '../map/types';
import type { EngineSettings } from './settings';
import type { GovernanceClass } from './types';

/**
 * The governance of a supply tie from its three determinants. Ownership inside one group is hierarchy
 * whatever the determinants say. Low complexity with low codifiability is a combination the theory does
 * not expect; low complexity, high codifiability and low capability means the supplier is excluded.
 */
export function classifyGovernance(gvc: GvcAttributes): GovernanceClass {
  if (gvc.sameGroup) return 'hierarchy';
  const { complexity, codifiability, supplierCapability } = gvc;
  if (complexity === 'low') {
    if (codifiability === 'low') return 'not_expected';
    return supplierCapability === 'high' ? 'market' : 'exclusion';
  }
  if (codifiability === 'high') return supplierCapability === 'high' ? 'modular' : 'captive';
  return supplierCapability === 'high' ? 'relational' : 'hierarchy';
}

export function isGovernanceMode(c: GovernanceClass | null): c is GovernanceMode {
  return c === 'market' || c === 'modular' || c === 'relational' || c === 'captive' || c === 'hierarchy';
}

export function upgradingProspect(mode: GovernanceMode, s: EngineSettings): number {
  switch (mode) {
    case 'relational':
      return s.upgradingRelational;
    case 'modular':
      return s.upgradingModular;
    case 'market':
      return s.upgradingMarket;
    case 'captive':
      return s.upgradingCaptive;
    case 'hierarchy':
      return s.upgradingHierarchy;
  }
}
