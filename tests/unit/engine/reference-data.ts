// Reading the reference networks (real networks with NetworkX's values) and comparing measures to them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

// The files live in the repository (tests/fixtures/reference-networks, see its README.md), so a fresh clone
// tests itself; CLUSTERCANVAS_REFERENCE_DIR points the tests at another folder of files in the same shape.
export const REFERENCE_DIR =
  process.env.CLUSTERCANVAS_REFERENCE_DIR ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/reference-networks');

export interface ReferenceNetwork {
  file: string;
  name: string;
  map: unknown;
  expected: { graph: Record<string, number>; nodes: Record<string, Record<string, number | null>> };
}

export function referenceNetworks(): ReferenceNetwork[] {
  return readdirSync(REFERENCE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(path.join(REFERENCE_DIR, file), 'utf8')) }));
}

const tolerance = (measure: string) => (measure === 'eigenvector' ? 1e-5 : 1e-6);

export function expectClose(actual: unknown, expected: unknown, measure: string, where: string) {
  if (expected === null || (typeof expected === 'number' && Number.isNaN(expected))) {
    expect(actual, `${where} ${measure}`).toBeNull();
    return;
  }
  expect(typeof actual, `${where} ${measure}`).toBe('number');
  expect(Math.abs((actual as number) - (expected as number)), `${where} ${measure}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    tolerance(measure),
  );
}

