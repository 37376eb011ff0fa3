import { describe, expect, it } from 'vitest';
import { PRESENCE_LIMITS, validPresence } from '../../../lib/sync/presence';
import type { VerifiedIdentity } from '../../../lib/sync/protocol';

// The server's presence validator (docs/protocol.md P8, lib/sync/presence.ts validPresence).

const person: VerifiedIdentity = { id: 'p_ana', name: 'Ana', color: '#1d4ed8', role: 'participant' };
const screen: VerifiedIdentity = { id: 'p_obs', name: 'Projector', color: '#1d4ed8', role: 'observer' };

describe('P8: presence is validated before it is relayed', () => {
  it('keeps every field in its shape, with the verified user', () => {
    const state = {
      user: { id: 'p_fake', name: 'Fake', color: '#000', role: 'facilitator' },
      cursor: { x: 1, y: 2 },
      selection: ['a_1', 't_2'],
      dragging: { a_1: { x: 3, y: 4 } },
      view: 'value_chain',
      following: true,
      viewport: { x: 0, y: 0, zoom: 1.5, width: 800, height: 600, chart: 1.6 },
      shows: { highlight: { source: 'component:I3', elements: ['a_1'] }, panel: 'scores', tab: null, focus: 'a_1' },
    };
    expect(validPresence(state, person)).toEqual({ ...state, user: person });
    expect(validPresence({ cursor: null, dragging: null, viewport: null, shows: null }, person)).toEqual({ user: person, cursor: null, dragging: null, viewport: null, shows: null });
  });

  it('attack: malformed presence {selection: 1} is not relayed: fields of the wrong shape and unknown ones are dropped', () => {
    expect(validPresence({ selection: 1 }, person)).toEqual({ user: person });
    expect(
      validPresence(
        {
          cursor: { x: 'left', y: 2 },
          selection: [1, 2],
          dragging: { a_1: { x: NaN, y: 1 } },
          view: 'sideways',
          following: 'yes',
          viewport: { x: 1 },
          shows: 'everything',
          __proto__: { polluted: true },
          evil: 'x'.repeat(1000),
        },
        person,
      ),
    ).toEqual({ user: person });
    expect(validPresence({ selection: Array.from({ length: PRESENCE_LIMITS.elements + 1 }, (_, i) => `a_${i}`) }, person)).toEqual({ user: person });
    expect(validPresence(42, person)).toEqual({ user: person });
    expect(validPresence([1, 2], person)).toEqual({ user: person });
  });

  it('keeps the scenario a leader has open, and drops one of the wrong shape', () => {
    const shows = { highlight: null, panel: null, tab: null, focus: null };
    expect(validPresence({ shows: { ...shows, scenario: 'x_lab' } }, person)).toEqual({ user: person, shows: { ...shows, scenario: 'x_lab' } });
    expect(validPresence({ shows: { ...shows, scenario: 42 } }, person)).toEqual({ user: person, shows });
    expect(validPresence({ shows: { ...shows, scenario: 'x'.repeat(201) } }, person)).toEqual({ user: person, shows });
  });

  it('an observer’s quiet fields are removed server-side', () => {
    expect(validPresence({ cursor: { x: 1, y: 2 }, selection: ['a_1'], dragging: { a_1: { x: 1, y: 1 } }, view: 'network' }, screen)).toEqual({ user: screen, view: 'network' });
  });
});
