import { z } from 'zod';
import {
  ACTOR_TYPES,
  GVC_LEVELS,
  MAP_FORMAT,
  MAP_FORMAT_VERSION,
  SCOPES,
  TIE_KINDS,
  WORKSHOP_PHASES,
} from './types';

// Limits that keep one bad import from swamping a room; generous for any real cluster.
export const MAP_LIMITS = {
  idLength: 128,
  labelLength: 200,
  notesLength: 5000,
  goals: 20,
  actors: 20000,
  ties: 100000,
  stages: 50,
} as const;

const id = z.string().min(1, 'must not be empty').max(MAP_LIMITS.idLength);
const finite = z.number().finite();

export const gvcSchema = z.object({
  complexity: z.enum(GVC_LEVELS),
  codifiability: z.enum(GVC_LEVELS),
  supplierCapability: z.enum(GVC_LEVELS),
  sameGroup: z.boolean().optional(),
});

export const actorSchema = z.object({
  id,
  label: z.string().trim().min(1, 'an actor needs a name').max(MAP_LIMITS.labelLength),
  type: z.enum(ACTOR_TYPES),
  scope: z.enum(SCOPES),
  stages: z.array(id).default([]),
  influence: finite.min(0).max(10).optional(),
  goals: z.array(z.string().max(MAP_LIMITS.labelLength)).max(MAP_LIMITS.goals).optional(),
  notes: z.string().max(MAP_LIMITS.notesLength).optional(),
  x: finite.optional(),
  y: finite.optional(),
  createdBy: z.string().max(MAP_LIMITS.labelLength).optional(),
});

export const tieSchema = z.object({
  id,
  source: id,
  target: id,
  kind: z.enum(TIE_KINDS),
  directed: z.boolean().default(false),
  strength: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
  tacit: z.boolean().default(false),
  gvc: gvcSchema.optional(),
  notes: z.string().max(MAP_LIMITS.notesLength).optional(),
  createdBy: z.string().max(MAP_LIMITS.labelLength).optional(),
});

export const stageSchema = z.object({
  id,
  label: z.string().trim().min(1, 'a stage needs a name').max(MAP_LIMITS.labelLength),
  order: finite,
  weight: finite.min(0),
});

export const metaSchema = z.object({
  title: z.string().max(MAP_LIMITS.labelLength).default('Untitled workshop'),
  cluster: z.string().max(MAP_LIMITS.labelLength).optional(),
  region: z.string().max(MAP_LIMITS.labelLength).optional(),
  sector: z.string().max(MAP_LIMITS.labelLength).optional(),
  phase: z.enum(WORKSHOP_PHASES).optional(),
  timer: z
    .object({ endsAt: finite.optional(), remainingMs: finite.min(0).optional() })
    .optional(),
  locked: z.boolean().optional(),
  weights: z.record(z.string(), finite).optional(),
});

export const mapDocumentSchema = z.object({
  format: z.literal(MAP_FORMAT),
  version: z.literal(MAP_FORMAT_VERSION),
  meta: metaSchema.default({ title: 'Untitled workshop' }),
  stages: z.array(stageSchema).max(MAP_LIMITS.stages).default([]),
  actors: z.array(actorSchema).max(MAP_LIMITS.actors).default([]),
  ties: z.array(tieSchema).max(MAP_LIMITS.ties).default([]),
});
