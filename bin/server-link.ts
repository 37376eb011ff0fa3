import { DataDirBusyError, lockDataDir, type DataDirLock, type LockHolder } from '../server/store/data-dir-lock';

// How a command that changes workshops reaches the data (docs/operations.md "Operator commands"): through
// the running server's operator routes when one holds DATA_DIR, else straight to the store while holding
// DATA_DIR's lock itself, so no server starts underneath it. Never both, never behind a server's back.

export type Reach = { via: 'server'; url: string; token: string } | { via: 'store'; lock: DataDirLock };

export function reachDataDir(dataDir: string, command: string): Reach {
  try {
    const lock = lockDataDir(dataDir);
    lock.describe({ kind: 'cli', pid: process.pid, startedAt: Date.now(), command });
    return { via: 'store', lock };
  } catch (err) {
    if (!(err instanceof DataDirBusyError)) throw err;
    const holder: LockHolder | null = err.holder;
    if (holder?.kind === 'server' && holder.url && holder.operatorToken) return { via: 'server', url: holder.url, token: holder.operatorToken };
    throw err;
  }
}

/** One call to the server's operator routes; the parsed JSON, or an Error in the server's words. */
export async function operatorCall<T>(reach: Extract<Reach, { via: 'server' }>, method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(new URL(path, reach.url), {
      method,
      headers: { authorization: `Bearer ${reach.token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch (err) {
    throw new Error(`a server holds this data directory but does not answer at ${reach.url} (${(err as Error).message}); is it starting or stopping?`);
  }
  const json = (await res.json().catch(() => null)) as ({ error?: string; details?: unknown } & T) | null;
  if (!res.ok) {
    const error = new Error(json?.error ?? `the server answered ${res.status}`) as Error & { status?: number; details?: unknown };
    error.status = res.status;
    error.details = json?.details;
    throw error;
  }
  return json as T;
}
