import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules of docs/architecture.md ("Kept honest in CI") fire: the project's own ESLint config run
// in process over virtual files placed where a wrong import would be (other rules' messages, such as an unused
// import, are ignored), and over a committed two-file cycle.

const root = path.resolve(__dirname, '../../..');
let eslint: ESLint;

// Loading the config and its plugins takes seconds on a loaded machine: done once here, not in a test's time.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root, ignore: false });
  await eslint.lintText('export {};\n', { filePath: path.join(root, 'lib/engine/warm-up.ts') });
}, 60_000);

async function problems(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('architecture lint rules', { timeout: 20_000 }, () => {
  it.each([
    ["import * as Y from 'yjs';", 'Yjs'],
    ["import { Awareness } from 'y-protocols/awareness';", 'Yjs'],
    ["import { useState } from 'react';", 'React'],
    ["import fs from 'node:fs';", 'Node'],
    ["import path from 'path';", 'Node'],
    ["import { Worker } from 'worker_threads';", 'Node'],
    ["export { createHash } from 'crypto';", 'Node'],
  ])('lib/engine refuses %s', async (line, what) => {
    const found = await problems('lib/engine/x.ts', `${line}\n`);
    expect(found.some((m) => m.startsWith('no-restricted-imports:') && m.includes(what))).toBe(true);
  });

  it('lib/engine may import the map types and its own modules', async () => {
    const found = await problems('lib/engine/x.ts', "import type { ClusterMap } from '../map/types';\nexport type M = ClusterMap;\n");
    expect(found).toEqual([]);
  });

  it.each([
    ['lib/map/x.ts', "import { configFromEnv } from '../../server/config';", 'never imports server/'],
    ['lib/sync/x.ts', "import { FullPageMessage } from '../../app/_components/workshop/FullPageMessage';", 'never imports app/'],
    ['app/_components/x.tsx', "import { configFromEnv } from '../../server/config';", 'never by import'],
  ])('%s refuses %s', async (file, line, what) => {
    const found = await problems(file, `${line}\n`);
    expect(found.some((m) => m.startsWith('import-x/no-restricted-paths:') && m.includes(what))).toBe(true);
  });

  it('server/ may import lib/', async () => {
    const found = await problems('server/x.ts', "import { DOC_KEYS } from '../lib/map/ydoc';\nexport const used = DOC_KEYS;\n");
    expect(found).toEqual([]);
  });

  it('an import cycle fails', async () => {
    const file = path.join(root, 'tests/unit/fixtures/import-cycle/a.ts');
    const [result] = await eslint.lintFiles([file]);
    expect(result.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
