// The engine's public API. Everything here is pure: no React, Yjs, Node or DOM.

export { computeReport } from './report';
export { computeMetrics } from './metrics';
export { INLINE_SCORING_LIMITS, scoresInline } from './budget';
export { sweepKernel, type SweepKernelName } from './wasm/sweeps-wasm';
export { ENGINE_DEFAULTS, resolveSettings, isSettingKey, type EngineSettings, type SettingKey } from './settings';
export { classifyGovernance, upgradingProspect, isGovernanceMode } from './gvc';
export { brokerageRole } from './brokerage';
export { RECOMMENDATION_IDS, type RecommendationId } from './recommendations';
export * from './types';
export { ENGINE_MESSAGE_KEYS } from './messages';
export { whatIsMissing, whatIsMissingMessages, type IndexId } from './readiness';
