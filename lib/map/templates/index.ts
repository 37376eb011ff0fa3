import { defaultStages } from '../default-stages';
import { UNTITLED_TITLE, type ClusterMap } from '../types';
import { OPTICS_VALLEY_MAP } from './optics-valley';

/** The maps a new workshop can start from; the landing page offers them by name. */
export const TEMPLATE_NAMES = ['empty', 'optics-valley'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export interface Template {
  title: string;
  description: string;
  map: ClusterMap;
}

export const TEMPLATES: Record<TemplateName, Template> = {
  empty: {
    title: 'Empty map',
    description: 'Start from a blank canvas with the default value-chain stages (the smile curve).',
    map: { meta: { title: UNTITLED_TITLE }, stages: defaultStages(), actors: [], ties: [] },
  },
  'optics-valley': {
    title: 'Wuhan Optics Valley (example)',
    description:
      'A ready optoelectronics cluster in Wuhan’s East Lake High-tech Zone: fibre and cable, lasers, optical ' +
      'communication, universities, labs, government, finance and external buyers, with plausible ties.',
    map: OPTICS_VALLEY_MAP,
  },
};

export function isTemplateName(name: unknown): name is TemplateName {
  return typeof name === 'string' && (TEMPLATE_NAMES as readonly string[]).includes(name);
}

/** A deep copy of the template's map, so callers may change it without touching the template. */
export function templateMap(name: TemplateName): ClusterMap {
  const template = TEMPLATES[name];
  if (!template) throw new Error(`unknown template "${String(name)}"; choose one of ${TEMPLATE_NAMES.join(', ')}`);
  return structuredClone(template.map);
}
