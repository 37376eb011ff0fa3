import { answerRequests } from '../scores/request-thread';
import { renderExport, type RenderResult } from './render-export';

// The render thread: SVG font subsets, PNG rasterising and PDF pages take from tens of milliseconds to
// seconds, so they run here and never on the thread that serves requests and sync. The font files are
// read once per thread (fonts.ts). The file's bytes move to the main thread without a copy.
answerRequests(renderExport, (result: RenderResult) => ('bytes' in result ? [result.bytes.buffer as ArrayBuffer] : []));
