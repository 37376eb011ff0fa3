import en from '../../messages/en.json';
import zh from '../../messages/zh-CN.json';
import type { WorkshopPhase } from '../map/types';
import type { Locale } from './locale';

// A phase's name read from the one catalogue the UI words it from (messages/*.json, map.phase.*.label), for
// words made outside React — the report's and the PDF's — so a phase is called the same on the screen and
// on paper.
const CATALOGUES = { en, 'zh-CN': zh } as const;

export const phaseLabel = (phase: WorkshopPhase, locale: Locale): string => CATALOGUES[locale].map.phase[phase].label;
