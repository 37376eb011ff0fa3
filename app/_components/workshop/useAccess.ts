'use client';

import { useCallback, useEffect, useState } from 'react';
import { checkAccess, type Access, type AccessProblem } from '../model/joinApi';
import { forgetKey, loadAccess, saveAccess } from '../model/storage';

export type AccessState = { state: 'checking' } | { state: 'open'; access: Access } | { state: 'problem'; problem: AccessProblem };

/**
 * Checks the key before anything else (docs/architecture.md "Joining"): nobody is asked for a name by a
 * workshop that does not exist or a link that no longer opens it. A refused key is forgotten at once, so a
 * reload does not bring the same error back.
 */
export function useAccess(workshop: string, key: string | null): AccessState & { retry(): void } {
  const [state, setState] = useState<AccessState>({ state: 'checking' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ state: 'checking' });
    void checkAccess(workshop, key).then((answer) => {
      if (!current) return;
      if (!answer.ok && answer.problem === 'bad_key') forgetKey(workshop);
      if (answer.ok && key) saveAccess(workshop, key, answer.access);
      // No network: what the server said this key opens last time opens the copy kept here (P17).
      const kept = !answer.ok && answer.problem === 'unreachable' ? loadAccess(workshop, key) : null;
      if (kept) setState({ state: 'open', access: kept });
      else setState(answer.ok ? { state: 'open', access: answer.access } : { state: 'problem', problem: answer.problem });
    });
    return () => {
      current = false;
    };
  }, [workshop, key, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, retry };
}
