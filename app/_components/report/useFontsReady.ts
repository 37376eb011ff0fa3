'use client';

import { useEffect, useState } from 'react';

/**
 * True once the web font pieces that the current content needs have loaded (the browser fetches Noto Sans
 * SC's pieces per character range as text appears), so printing and "ready" never catch the fallback font.
 */
export function useFontsReady(content: unknown): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!content) return;
    let current = true;
    setReady(false);
    // After the frame is laid out, so the loads the new text starts are the ones `ready` waits for.
    const frame = requestAnimationFrame(() => {
      void document.fonts.ready.then(() => current && setReady(true));
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
    };
  }, [content]);
  return ready;
}
