// What-if scenarios (docs/architecture.md "What-if scenarios"): the model, pure and isomorphic.
export * from './types';
export { readScenario, readScenarios, readTieChange, plannedCount } from './read';
export { applyScenario } from './apply';
export { adoptScenario, type Adoption } from './adopt';
export * from './write';
export { scenarioFacts, NO_SCENARIO_FACTS, type ScenarioFacts } from './facts';
export { parseScenarioBody, scenarioBodySchema, tieChangeSchema, type ScenarioBody } from './schema';
export { scenarioDeltas, type ScenarioDeltas } from './deltas';
