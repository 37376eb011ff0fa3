// Worker threads start without the main thread's TypeScript loader (see server/scores/report-worker-entry.mjs).
import { tsImport } from 'tsx/esm/api';

await tsImport('./render-worker.ts', import.meta.url);
