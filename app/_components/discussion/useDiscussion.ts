'use client';

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { peopleOf, readDiscussion, readPeople, type ElementDiscussion } from '../../../lib/map/discussion';
import { commentsOf, votesOf } from '../../../lib/map/ydoc';

export interface DiscussionState {
  /** Elements that have votes or comments, by id. */
  byElement: ReadonlyMap<string, ElementDiscussion>;
  /** participant id → name. */
  people: Readonly<Record<string, string>>;
}

const EMPTY: DiscussionState = { byElement: new Map(), people: {} };

/**
 * Votes, comments and names, re-read at most once per animation frame and only when one of them changed:
 * dragging actors around does not re-read the discussion.
 */
export function useDiscussion(doc: Y.Doc | null): DiscussionState {
  const [state, setState] = useState<DiscussionState>(EMPTY);
  useEffect(() => {
    if (!doc) {
      setState(EMPTY);
      return;
    }
    let frame = 0;
    const read = () => {
      frame = 0;
      setState({ byElement: readDiscussion(doc), people: readPeople(doc) });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    const votes = votesOf(doc);
    const comments = commentsOf(doc);
    const people = peopleOf(doc);
    votes.observeDeep(schedule);
    comments.observeDeep(schedule);
    people.observe(schedule);
    return () => {
      votes.unobserveDeep(schedule);
      comments.unobserveDeep(schedule);
      people.unobserve(schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [doc]);
  return state;
}
