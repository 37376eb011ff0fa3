import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '../../../lib/map/types';
import { WorkshopProvider } from '../../../lib/sync/provider';
import { configFromEnv, type ServerConfig } from '../../../server/config';
import { startServer, type RunningServer } from '../../../server/start';

/** The whole server as `npm start` boots it (store, demo, API, sync) minus Next, on port 0 in a temp dir. */
export async function startAppServer(overrides: Partial<ServerConfig> = {}): Promise<RunningServer & { dataDir: string }> {
  const dataDir = overrides.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cc-api-'));
  const config = configFromEnv({}, { port: 0, hostname: '127.0.0.1', dataDir, roomIdleUnloadMs: 200, ...overrides });
  const server = await startServer(config, { next: false });
  return { ...server, dataDir };
}

export async function api(base: string, method: string, urlPath: string, options: { key?: string; body?: unknown; raw?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + urlPath, { method, headers, body });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json: json as Record<string, any>, headers: res.headers };
}

export type WorkshopKeys = Record<Role, string>;
export interface CreatedWorkshop {
  id: string;
  keys: WorkshopKeys;
}

/** POST /api/workshops, as the landing page does; fails the test loudly if the server refuses. */
export async function createWorkshop(base: string, body: { title: string; template?: string }): Promise<CreatedWorkshop> {
  const { status, json } = await api(base, 'POST', '/api/workshops', { body });
  if (status !== 201) throw new Error(`creating "${body.title}" answered ${status}: ${JSON.stringify(json)}`);
  return json as CreatedWorkshop;
}

/** Live clients a test opens and closes together in afterAll. */
export function clientPool() {
  const open: WorkshopProvider[] = [];
  return {
    async connect(base: string, w: CreatedWorkshop, role: Role): Promise<WorkshopProvider> {
      const p = new WorkshopProvider({ url: base, workshop: w.id, key: w.keys[role], retryDelayMs: 50 });
      open.push(p);
      await p.whenSynced();
      return p;
    },
    destroyAll(): void {
      for (const p of open.splice(0)) p.destroy();
    },
  };
}
