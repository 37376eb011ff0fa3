'use client';

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readMap } from '../../../lib/map/ydoc';
import type { ClusterMap } from '../../../lib/map/types';

const EMPTY: ClusterMap = { meta: { title: '' }, stages: [], actors: [], ties: [] };

/** The document read as a ClusterMap, re-read at most once per animation frame however many updates land. */
export function useMap(doc: Y.Doc | null): ClusterMap {
  const [map, setMap] = useState<ClusterMap>(() => (doc ? readMap(doc).map : EMPTY));

  useEffect(() => {
    if (!doc) {
      setMap(EMPTY);
      return;
    }
    let frame = 0;
    const read = () => {
      frame = 0;
      setMap(readMap(doc).map);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    doc.on('update', schedule);
    return () => {
      doc.off('update', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [doc]);

  return map;
}
