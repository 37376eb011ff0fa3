'use client';

import { useCallback, useEffect, useState } from 'react';
import type { TieKind } from '../../../lib/map/types';
import type { Editor } from '../hooks/useEditor';

/** The Connect tool: drawing a tie by dragging or by tapping two actors, with the kind to draw. */
export function useConnectTool(editor: Editor | null, editable: boolean, select: (ids: string[]) => void) {
  const [connecting, setConnecting] = useState(false);
  const [source, setSource] = useState<string | null>(null);
  const [kind, setKind] = useState<TieKind>('knowledge');

  const stop = useCallback(() => {
    setConnecting(false);
    setSource(null);
  }, []);
  useEffect(() => {
    if (!editable) stop();
  }, [editable, stop]);

  const connect = useCallback(
    (from: string, to: string) => {
      const tie = editor?.connect(from, to, kind);
      stop();
      if (tie) select([tie]);
    },
    [editor, kind, select, stop],
  );

  /** The toolbar's button: two actors selected are joined at once; otherwise the tool toggles. */
  const onButton = (selectedActors: string[], selectionSize: number) => {
    if (!connecting && selectedActors.length === 2 && selectionSize === 2) return connect(selectedActors[0], selectedActors[1]);
    if (connecting) return stop();
    setConnecting(true);
    setSource(selectedActors.length === 1 ? selectedActors[0] : null);
  };

  return { connecting, source, setSource, kind, setKind, connect, stop, onButton };
}

export type ConnectTool = ReturnType<typeof useConnectTool>;
