import { SqliteStore } from './sqlite-store';
import type { Store } from './store';

export interface StoreConfig {
  /** Where the SQLite file lives (ServerConfig.dataDir). */
  dataDir: string;
  /** PostgreSQL connection string; falls back to env DATABASE_URL. */
  databaseUrl?: string;
}

/**
 * The store a server or the CLI should use: PostgreSQL when a database URL is configured (several nodes
 * share it), else the SQLite file under dataDir (one machine).
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  const databaseUrl = config.databaseUrl ?? process.env.DATABASE_URL;
  if (databaseUrl) {
    // PostgresStore goes here (server/store/postgres-store.ts, passing tests/contract/store.contract.ts).
    // Until it exists, refuse rather than quietly fall back: nodes that each wrote their own SQLite file
    // while the operator believed they shared PostgreSQL would split every workshop's history.
    throw new Error(
      'DATABASE_URL is set but the PostgreSQL store is not available in this version; unset DATABASE_URL to use SQLite',
    );
  }
  return new SqliteStore(config.dataDir);
}
