'use client';

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { commentsOf, decisionsOf, emptyDiscussion, peopleOf, readDiscussion, votesOf, type Discussion } from '../../../lib/map/discussion';
import { roundsOf } from '../../../lib/map/rounds';

/**
 * The workshop's discussion (votes, comments, decisions, people, secret-round tallies) as plain data, re-read at most once per
 * animation frame and only when one of those changed: dragging actors around does not re-read it.
 */
export function useDiscussion(doc: Y.Doc | null): Discussion {
  const [state, setState] = useState<Discussion>(emptyDiscussion);
  useEffect(() => {
    if (!doc) {
      setState(emptyDiscussion());
      return;
    }
    let frame = 0;
    const read = () => {
      frame = 0;
      setState(readDiscussion(doc));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    const maps = [votesOf(doc), commentsOf(doc), decisionsOf(doc), peopleOf(doc), roundsOf(doc)];
    for (const m of maps) m.observe(schedule);
    return () => {
      for (const m of maps) m.unobserve(schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [doc]);
  return state;
}
