import { RequestThread } from '../scores/request-thread';
import type { RenderRequest, RenderResult } from './render-export';

// The server's way to the render thread: one worker thread, started on the first export and not keeping
// the process alive; a request that kills it fails and the next one starts a new thread.

export class RenderService {
  private readonly thread = new RequestThread<RenderRequest, RenderResult>(new URL('./render-worker-entry.mjs', import.meta.url), 'the render worker stopped');

  render(request: RenderRequest): Promise<RenderResult> {
    return this.thread.request(request);
  }

  close(): Promise<void> {
    return this.thread.stop(new Error('the server is shutting down'));
  }
}

/** The one render thread of this process. */
export const renderService = new RenderService();
