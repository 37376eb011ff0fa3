'use client';

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readScenarios, type Scenario } from '../../../lib/scenarios';
import { scenariosRoot } from '../../../lib/scenarios/doc';

/** The document's what-if scenarios, re-read at most once per animation frame when the root changes. */
export function useScenarios(doc: Y.Doc | null): Scenario[] {
  const [list, setList] = useState<Scenario[]>(() => (doc ? readScenarios(doc) : []));
  useEffect(() => {
    if (!doc) {
      setList([]);
      return;
    }
    let frame = 0;
    const read = () => {
      frame = 0;
      setList(readScenarios(doc));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    const root = scenariosRoot(doc);
    root?.observeDeep(schedule);
    return () => {
      root?.unobserveDeep(schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [doc]);
  return list;
}
