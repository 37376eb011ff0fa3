// Worker threads start without the main thread's TypeScript loader (Node 20 does not carry `--import`
// hooks into workers), so this plain-JavaScript entry loads the worker's TypeScript through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('./report-worker.ts', import.meta.url);
