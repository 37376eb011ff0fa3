// Worker threads start without the main thread's TypeScript loader (see report-worker-entry.mjs).
import { tsImport } from 'tsx/esm/api';

await tsImport('./sweep-worker.ts', import.meta.url);
