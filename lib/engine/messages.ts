// The engine's words as message keys with values (docs/engine.md "Message keys"). Beside every English
// string it writes (kept: the JSON API and the tests read them) the engine emits an EngineMessage that
// lib/i18n/engine-words.ts words in English or Chinese. The engine imports no i18n library: a message is
// plain data.

/**
 * A value of a message: a count or a share (a number, formatted by the catalogue for the locale), a code
 * or a plain string, or a list of element ids or codes (which list holds what is the key's business: the
 * catalogue's wording of that key knows).
 */
export type MessageValue = number | string | readonly string[];

export interface EngineMessage {
  key: EngineMessageKey;
  values?: Readonly<Record<string, MessageValue>>;
}

const SUB_INDICATORS = ['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7'] as const;

/** Every key the engine can emit. The catalogue has exactly these (tests/unit/i18n/catalogue.test.ts). */
export const ENGINE_MESSAGE_KEYS = [
  ...SUB_INDICATORS.flatMap((id) => [`indicator.${id}.name`, `indicator.${id}.theory`, `indicator.${id}.formula`, `indicator.${id}.explanation`] as const),
  'indicator.I1.explanation.none',
  'indicator.I5.explanation.none',
  'indicator.I6.explanation.none',
  'indicator.I7.explanation.missing',
  'indicator.I7.explanation.none',
  'indicator.G1.explanation.none',
  'indicator.G2.explanation.none',
  'indicator.G3.explanation.no_ties',
  'indicator.G3.explanation.no_broker',
  'indicator.G4.explanation.none',
  'indicator.G6.explanation.none',
  'indicator.G7.explanation.one',
  'indicator.G7.explanation.none',

  'recommendation.university_industry_gap.title',
  'recommendation.university_industry_gap',
  'recommendation.university_industry_gap.no_ko',
  'recommendation.triple_helix_incomplete.title',
  'recommendation.triple_helix_incomplete',
  'recommendation.triple_helix_incomplete.no_government',
  'recommendation.no_global_pipelines.title',
  'recommendation.no_global_pipelines',
  'recommendation.gatekeeper_bottleneck.title',
  'recommendation.gatekeeper_bottleneck',
  'recommendation.satellite_platform_risk.title',
  'recommendation.satellite_platform_risk',
  'recommendation.fragmented_knowledge_system.title',
  'recommendation.fragmented_knowledge_system',
  'recommendation.absorptive_capacity_programme.title',
  'recommendation.absorptive_capacity_programme',
  'recommendation.build_co_development_ties.title',
  'recommendation.build_co_development_ties',
  'recommendation.single_point_of_failure.title',
  'recommendation.single_point_of_failure',
  'recommendation.functional_upgrading_constrained.title',
  'recommendation.functional_upgrading_constrained',
  'recommendation.buyer_concentration.title',
  'recommendation.buyer_concentration',
  'recommendation.functional_upgrading_gap.title',
  'recommendation.functional_upgrading_gap',
  'recommendation.no_bridging_organisations.title',
  'recommendation.no_bridging_organisations',
  'recommendation.no_bridging_organisations.none_on_map',
  'recommendation.finance_gap.title',
  'recommendation.finance_gap',
  'recommendation.finance_gap.none_on_map',
  'recommendation.low_trust.title',
  'recommendation.low_trust',
  'recommendation.check_gvc_ties.title',
  'recommendation.check_gvc_ties',

  'archetype.state_anchored.label',
  'archetype.state_anchored.explanation',
  'archetype.hub_and_spoke.label',
  'archetype.hub_and_spoke.explanation',
  'archetype.satellite_platform.label',
  'archetype.satellite_platform.explanation',
  'archetype.marshallian.label',
  'archetype.marshallian.explanation',
  'archetype.mixed.label',
  'archetype.mixed.explanation',

  'tripleHelix.undefined',
  'tripleHelix.synergy',
  'tripleHelix.no_synergy.missing',
  'tripleHelix.no_synergy',

  'readiness.ici',
  'readiness.gi',

  'warning.invalid_map',
  'warning.missing_field.stage_id',
  'warning.missing_field.stage_weight',
  'warning.missing_field.actor_id',
  'warning.missing_field.actor_type',
  'warning.missing_field.actor_scope',
  'warning.missing_field.tie_id',
  'warning.missing_field.tie_kind',
  'warning.duplicate_id.stage',
  'warning.duplicate_id.actor',
  'warning.duplicate_id.tie',
  'warning.unknown_actor_type',
  'warning.unknown_scope',
  'warning.unknown_stage',
  'warning.dangling_tie',
  'warning.unknown_tie_kind',
  'warning.gvc_on_non_supply',
  'warning.invalid_gvc',
  'warning.self_loop',
  'warning.duplicate_tie',
  'warning.gvc_not_expected',
  'warning.gvc_exclusion',
  'warning.invalid_setting.weights',
  'warning.unknown_setting',
  'warning.invalid_setting',
  'warning.eigenvector_not_converged',
] as const;

export type EngineMessageKey = (typeof ENGINE_MESSAGE_KEYS)[number];

/** A message; values left out when there are none. */
export const msg = (key: EngineMessageKey, values?: Record<string, MessageValue>): EngineMessage =>
  values ? { key, values } : { key };
