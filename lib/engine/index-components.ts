// What both indices are made of: a sub-indicator (value clamped to [0, 1], weight from the settings) and
// the weighted index over them.

import type { ClusterBase } from './cluster';
import { msg, type EngineMessage, type EngineMessageKey, type MessageValue } from './messages';
import type { SettingKey } from './settings';
import type { IndexComponent, IndexReport } from './types';

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export function component(
  c: ClusterBase,
  id: SettingKey & string,
  name: string,
  value: number,
  formula: string,
  explanation: string,
  theory: string,
  elements: string[],
  explained: EngineMessage,
  /** The constants in force that the formula names. */
  constants?: Record<string, MessageValue>,
): IndexComponent {
  const key = (part: 'name' | 'theory' | 'formula') => `indicator.${id}.${part}` as EngineMessageKey;
  const i18n = { name: msg(key('name')), explanation: explained, theory: msg(key('theory')), formula: msg(key('formula'), constants) };
  return { id, name, value: clamp01(value), weight: c.settings[id], formula, explanation, theory, elements, i18n };
}

export function indexOf(components: IndexComponent[]): IndexReport {
  const totalWeight = components.reduce((s, k) => s + k.weight, 0);
  const value = totalWeight > 0 ? (100 * components.reduce((s, k) => s + k.weight * k.value, 0)) / totalWeight : 0;
  return { value: Math.min(100, Math.max(0, value)), components };
}
