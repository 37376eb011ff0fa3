import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // In-process only, but the property tests of the engine's sweeps take seconds of CPU: 5 s timed
          // out on a 2-core machine shared with other work. Speed is measured in bench/, never here.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each file starts its own servers on port 0; a couple at a time keeps 2 cores responsive.
          maxWorkers: 2,
          // Vitest 4 refuses to run projects with different maxWorkers in one sequence group.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
