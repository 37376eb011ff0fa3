// Every weight and constant the engine uses, in one place. A facilitator may override any of them for a
// workshop through `map.meta.weights` (a flat record of the same keys); the override is part of the map, so
// it is shared, visible and recorded with it. Defaults are those of docs/engine.md §10.

import { msg } from './messages';
import type { EngineWarning } from './types';

export const ENGINE_DEFAULTS = {
  // ---- Innovation capability index (ICI): weights of the sub-indicators (docs/engine.md §6) ----
  /** Weight of I1 knowledge reach. */
  I1: 0.15,
  /** Weight of I2 local buzz. */
  I2: 0.1,
  /** Weight of I3 triple-helix linkage. */
  I3: 0.2,
  /** Weight of I4 global pipelines. */
  I4: 0.15,
  /** Weight of I5 gatekeepers. */
  I5: 0.1,
  /** Weight of I6 tacit knowledge. */
  I6: 0.1,
  /** Weight of I7 value-chain coverage. */
  I7: 0.2,

  // ---- Governance index (GI): weights of the sub-indicators ----
  /** Weight of G1 institutional thickness. */
  G1: 0.2,
  /** Weight of G2 institutional brokerage. */
  G2: 0.15,
  /** Weight of G3 resilience. */
  G3: 0.15,
  /** Weight of G4 decentralization. */
  G4: 0.1,
  /** Weight of G5 closure (trust). */
  G5: 0.1,
  /** Weight of G6 GVC upgrading prospects. */
  G6: 0.2,
  /** Weight of G7 buyer diversification. */
  G7: 0.1,

  // ---- Saturation constants: the level at which a sub-indicator reaches 1 ----
  /** I2: mean number of local knowledge partners per local actor that counts as full "buzz" (4). */
  buzzDegree: 4,
  /** I4: share of external ties among all ties of the cluster that counts as full openness (.25). */
  pipelineShare: 0.25,
  /** I4: share of local firms with an external tie that counts as full openness (.5). */
  firmsWithPipelineShare: 0.5,
  /** I5: number of local knowledge gatekeepers that saturates the indicator (2). */
  gatekeeperCount: 2,
  /** I6: share of tacit knowledge ties that counts as full (.5). */
  tacitShare: 0.5,
  /** G2: share of local betweenness held by institutions that counts as full brokerage (.3). */
  institutionalBrokerageShare: 0.3,
  /** G5: local transitivity that counts as full closure (.3). */
  closureTransitivity: 0.3,

  // ---- GVC upgrading prospects by governance mode (Humphrey & Schmitz 2002) ----
  /** Relational chains: mutual dependence, most room for functional upgrading. */
  upgradingRelational: 1.0,
  /** Modular chains: capable turnkey suppliers, upgrading through their own capability. */
  upgradingModular: 0.8,
  /** Market ties: arm's length, no help and no blocking. */
  upgradingMarket: 0.6,
  /** Captive chains: quasi-hierarchy speeds process/product upgrading but blocks design and marketing. */
  upgradingCaptive: 0.3,
  /** Hierarchy: inside one group, the subsidiary's functions are decided elsewhere. */
  upgradingHierarchy: 0.2,
  /** G6 when no supply tie is classified. */
  upgradingNeutral: 0.5,
  /** G7 when no classified supply tie reaches an external partner. */
  diversificationNeutral: 0.5,

  // ---- Cluster archetype thresholds (Markusen 1996) ----
  /** State-anchored: minimum degree centrality of the public/knowledge anchor in the local network. */
  anchorDegreeCentrality: 0.4,
  /** State-anchored and hub-and-spoke: minimum Freeman degree centralization; Marshallian: below it. */
  archetypeCentralization: 0.3,
  /** Hub-and-spoke: density among the firms other than the hub stays below this. */
  hubFirmDensity: 0.1,
  /** Satellite platform: external tie share at or above this. */
  satelliteExternalShare: 0.5,
  /** Satellite platform: local firm–firm density below this. */
  satelliteFirmDensity: 0.05,
  /** Marshallian: local firm–firm density at or above this. */
  marshallianFirmDensity: 0.1,
  /** Marshallian: external tie share below this. */
  marshallianExternalShare: 0.5,

  // ---- Recommendation thresholds (docs/engine.md §9) ----
  /** Gatekeeper bottleneck: one local actor holds at least this share of the external ties. */
  bottleneckShare: 0.6,
  /** Satellite-platform risk: external tie share above this ... */
  satelliteRiskShare: 0.6,
  /** ... while the mean local degree is below this. */
  satelliteRiskDegree: 1,
  /** Fragmented knowledge system: I1 below this. */
  fragmentedReach: 0.5,
  /** Absorptive-capacity programme: at least this share of local firms is isolated in knowledge. */
  isolatedFirmShare: 0.3,
  /** Co-development: tacit share of knowledge ties below this. */
  lowTacitShare: 0.2,
  /** Single point of failure: G3 below this. */
  resilienceFloor: 0.6,
  /** Low trust: local transitivity below this. */
  lowTransitivity: 0.1,

  // ---- Numerics ----
  /** Eigenvector power iteration stops when Σ|xₖ − xₖ₋₁| < n · tolerance. */
  eigenvectorTolerance: 1e-9,
  /** Eigenvector power iteration gives up (with a warning) after this many steps. */
  eigenvectorMaxIterations: 10000,
};

export type EngineSettings = { -readonly [K in keyof typeof ENGINE_DEFAULTS]: number };
export type SettingKey = keyof EngineSettings;

const WEIGHT_KEYS = new Set(['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7']);
// Constants that divide something or bound a loop: zero or negative would make the engine meaningless.
const POSITIVE_KEYS = new Set([
  'buzzDegree',
  'pipelineShare',
  'firmsWithPipelineShare',
  'gatekeeperCount',
  'tacitShare',
  'institutionalBrokerageShare',
  'closureTransitivity',
  'eigenvectorTolerance',
  'eigenvectorMaxIterations',
]);

export function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(ENGINE_DEFAULTS, key);
}

/**
 * Merges a map's overrides into the defaults. Unknown keys and unusable values are ignored and reported,
 * never thrown: a typo in a workshop's settings must not take the scores down.
 */
export function resolveSettings(overrides: unknown, warnings: EngineWarning[] = []): EngineSettings {
  const settings: EngineSettings = { ...ENGINE_DEFAULTS };
  if (overrides === undefined || overrides === null) return settings;
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    warnings.push({ code: 'invalid_setting', message: 'meta.weights is not an object; defaults are used', elements: [], i18n: msg('warning.invalid_setting.weights') });
    return settings;
  }
  for (const key of Object.keys(overrides).sort()) {
    const value = (overrides as Record<string, unknown>)[key];
    if (!isSettingKey(key)) {
      warnings.push({ code: 'unknown_setting', message: `unknown engine setting "${key}" is ignored`, elements: [], i18n: msg('warning.unknown_setting', { key }) });
      continue;
    }
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (WEIGHT_KEYS.has(key) ? value >= 0 : POSITIVE_KEYS.has(key) ? value > 0 : true);
    if (!ok) {
      warnings.push({
        code: 'invalid_setting',
        message: `engine setting "${key}" = ${JSON.stringify(value)} is not usable; the default ${ENGINE_DEFAULTS[key]} is used`,
        elements: [],
        i18n: msg('warning.invalid_setting', { key, value: JSON.stringify(value) ?? 'undefined', default: String(ENGINE_DEFAULTS[key]) }),
      });
      continue;
    }
    settings[key] = value;
  }
  return settings;
}
