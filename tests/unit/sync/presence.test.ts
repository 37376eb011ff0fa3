import { describe, expect, it } from 'vitest';
import { isPerson, nextPointerChange, pointerLook, POINTER_IDLE, shownPresence } from '../../../lib/sync/presence';
import type { PresenceState } from '../../../lib/sync/protocol';

const state = (role: 'facilitator' | 'participant' | 'observer'): PresenceState => ({
  user: { id: 'p_x', name: 'X', color: '#000', role },
  cursor: { x: 1, y: 2 },
  selection: ['a_1'],
  dragging: { a_1: { x: 3, y: 4 } },
  view: 'network',
  following: true,
});

describe('presence rules (docs/protocol.md P8)', () => {
  it('an idle pointer is drawn, then faint after ~10 s, then not at all after ~60 s', () => {
    expect(POINTER_IDLE).toEqual({ fadeAfterMs: 10_000, hideAfterMs: 60_000 });
    expect(pointerLook(1000, 1000)).toBe('active');
    expect(pointerLook(1000, 10_999)).toBe('active');
    expect(pointerLook(1000, 11_000)).toBe('faded');
    expect(pointerLook(1000, 61_000)).toBe('hidden');
    expect(nextPointerChange(1000, 5000)).toBe(11_000);
    expect(nextPointerChange(1000, 11_000)).toBe(61_000);
    expect(nextPointerChange(1000, 61_000)).toBeNull();
  });

  it('an observer is not a person present, and its pointer, selection and drags are not shown', () => {
    expect(isPerson(state('participant'))).toBe(true);
    expect(isPerson(state('facilitator'))).toBe(true);
    expect(isPerson(state('observer'))).toBe(false);
    const shown = shownPresence(state('observer'));
    expect(shown).toEqual({ user: state('observer').user, view: 'network', following: true });
    expect(shownPresence(state('participant'))).toEqual(state('participant'));
  });
});
