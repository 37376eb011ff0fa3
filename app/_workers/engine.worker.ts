import { computeReport } from '../../lib/engine';
import type { EngineRequest, EngineResponse } from './engine-protocol';

// Runs the same pure engine as the server off the main thread, so large maps never block typing.
// The project compiles against the DOM lib only (the webworker lib clashes with it), so the two members of
// the worker scope used here are typed by hand.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
};

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { seq, map } = event.data;
  const started = performance.now();
  let response: EngineResponse;
  try {
    const report = computeReport(map);
    response = { seq, ok: true, report, ms: performance.now() - started, ranIn: 'worker' };
  } catch (err) {
    response = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(response);
};
