import { z } from 'zod';
import {
  ACTOR_TYPES,
  EDITING_MODES,
  GVC_LEVELS,
  MAP_FORMAT,
  MAP_FORMAT_VERSION,
  SCOPES,
  TIE_KINDS,
  UNTITLED_TITLE,
  WORKSHOP_PHASES,
} from './types';

import { MAP_LIMITS } from './limits';

// Zod compiles its parsers with `new Function` where eval is allowed, and finds out by trying it once. A page
// or Web Worker under the app's Content Security Policy (no 'unsafe-eval', docs/operations.md §4 "Headers")
// would report that try as a violation, so in a browser Zod is told not to try; Node keeps the fast parsers.
const g = globalThis as { document?: unknown; importScripts?: unknown };
if (g.document !== undefined || typeof g.importScripts === 'function') z.config({ jitless: true });

export { MAP_LIMITS };

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
  /** The name in each language (docs/map-format.md "Names in two languages"); a blank one is none. */
  labels: z
    .strictObject({ en: z.string().trim().max(MAP_LIMITS.labelLength).optional(), 'zh-CN': z.string().trim().max(MAP_LIMITS.labelLength).optional() })
    .transform((l) => Object.fromEntries(Object.entries(l).filter(([, v]) => v)) as { en?: string; 'zh-CN'?: string })
    .optional(),
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
  title: z.string().max(MAP_LIMITS.labelLength).default(UNTITLED_TITLE),
  cluster: z.string().max(MAP_LIMITS.labelLength).optional(),
  region: z.string().max(MAP_LIMITS.labelLength).optional(),
  sector: z.string().max(MAP_LIMITS.labelLength).optional(),
  phase: z.enum(WORKSHOP_PHASES).optional(),
  timer: z
    .object({ endsAt: finite.optional(), remainingMs: finite.min(0).optional() })
    .optional(),
  editing: z.enum(EDITING_MODES).optional(),
  /** Older files: `locked: true` is `editing: paused`. */
  locked: z.boolean().optional(),
  weights: z.record(z.string(), finite).optional(),
  quorum: z.number().int().min(1).max(1000).optional(),
  threshold: finite.gt(0).max(1).optional(),
});

export const mapDocumentSchema = z.object({
  format: z.literal(MAP_FORMAT),
  version: z.literal(MAP_FORMAT_VERSION),
  meta: metaSchema.default({ title: UNTITLED_TITLE }),
  stages: z.array(stageSchema).max(MAP_LIMITS.stages).default([]),
  actors: z.array(actorSchema).max(MAP_LIMITS.actors).default([]),
  ties: z.array(tieSchema).max(MAP_LIMITS.ties).default([]),
});
