import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

// One process per DATA_DIR (docs/operations.md "One process per data directory"). The lock is SQLite's
// own: an EXCLUSIVE transaction held open on <DATA_DIR>/clustercanvas.lock for as long as the holder
// lives. The operating system drops it the moment the process ends, however it ends (kill -9, a crash,
// power loss), so there is no stale lock to clean up and no pid to mistake for a live one. It is a file
// lock, so it only means something on a local file system (not NFS), as the SQLite database itself does.

export const LOCK_FILE = 'clustercanvas.lock';
/** Who holds the lock, for the refusal's words and for the CLI to find the running server. */
export const HOLDER_FILE = 'clustercanvas.lock.json';

export interface LockHolder {
  kind: 'server' | 'cli';
  pid: number;
  startedAt: number;
  /** The server's own address, for the CLI on this machine (loopback when it listens everywhere). */
  url?: string;
  /** The operator token a CLI sends to the server's /api/operator routes (docs/operations.md). */
  operatorToken?: string;
  command?: string;
}

/** Another process holds the data directory. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | null,
  ) {
    super(busyMessage(dataDir, holder));
  }
}

function busyMessage(dataDir: string, holder: LockHolder | null): string {
  const who =
    holder?.kind === 'server'
      ? `a ClusterCanvas server (pid ${holder.pid}${holder.url ? `, ${holder.url}` : ''})`
      : holder?.kind === 'cli'
        ? `the command "clustercanvas ${holder.command ?? '…'}" (pid ${holder.pid})`
        : 'another ClusterCanvas process';
  return `${who} is already using the data directory ${dataDir}; one process at a time may write it (docs/operations.md). Stop it first, or give this one another --data-dir.`;
}

export interface DataDirLock {
  /** Records who holds it (written beside the lock, owner-only: it carries the operator token). */
  describe(holder: LockHolder): void;
  release(): void;
}

/** Who holds the lock as they last described it, or null (none, or the file is not readable JSON). */
export function readHolder(dataDir: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dataDir, HOLDER_FILE), 'utf8')) as LockHolder;
    return typeof parsed?.pid === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

/** Takes the data directory's lock or throws DataDirBusyError at once (it never waits). */
export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  const db = new Database(lockPath, { timeout: 0 });
  try {
    // Rollback journal: an EXCLUSIVE lock there shuts every other connection out, readers included.
    db.pragma('journal_mode = DELETE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_BUSY' || (err as { code?: string }).code === 'SQLITE_LOCKED') {
      throw new DataDirBusyError(dataDir, readHolder(dataDir));
    }
    throw err;
  }
  const holderPath = path.join(dataDir, HOLDER_FILE);
  // Left by a holder that was killed: it describes nobody now, and the CLI must not go looking for it.
  fs.rmSync(holderPath, { force: true });
  let released = false;
  return {
    describe(holder) {
      const tmp = `${holderPath}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, `${JSON.stringify(holder, null, 2)}\n`, { mode: 0o600 });
      fs.renameSync(tmp, holderPath);
    },
    release() {
      if (released) return;
      released = true;
      // The description goes first: whoever takes the lock next must never read ours as theirs.
      fs.rmSync(holderPath, { force: true });
      try {
        db.exec('ROLLBACK');
      } finally {
        db.close();
      }
    },
  };
}
