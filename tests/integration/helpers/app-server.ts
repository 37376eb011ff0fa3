import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
