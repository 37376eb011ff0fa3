import { describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/engine/generate';
import { runSweepJob } from '../../../lib/engine/measures/paths';
import { weightedBrandes } from '../../../lib/engine/measures/brandes';
import { planReport } from '../../../lib/engine/report';
// @ts-expect-error: a plain JavaScript build script without type declarations
import { binaryModule, committedModule, compileSweeps } from '../../../scripts/build-wasm.mjs';

describe('the WebAssembly sweeps', () => {
  it('are what the committed AssemblyScript compiles to (run `npm run build:wasm` after editing it)', async () => {
    expect(binaryModule(await compileSweeps())).toBe(committedModule());
  }, 60_000);

  it('give a 2,000-actor map the same sweeps as the JavaScript, slice by slice', () => {
    const plan = planReport(generateMap(2000, 42));
    expect(plan.jobs.length).toBeGreaterThan(8);
    for (const job of plan.jobs) {
      const script = weightedBrandes(job.core, job.mult, job.slice, undefined, 'javascript');
      expect(runSweepJob(job)).toEqual(script);
    }
  });
});
