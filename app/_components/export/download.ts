import { apiError } from '../model/apiError';
import { fileNameFromDisposition } from './fileName';

// Fetching a file from the API with this browser's key (never in the address: `Authorization: Bearer`) and
// handing it to the browser as a download, named as the server named it.

export interface FetchedFile {
  blob: Blob;
  fileName: string;
}

/** GET `url` with the key; an error answer becomes an Error an ApiError (model/apiError.ts). */
export async function fetchFile(url: string, apiKey: string, fallbackName: string, signal?: AbortSignal): Promise<FetchedFile> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${apiKey}` }, cache: 'no-store', signal });
  if (!res.ok) throw await apiError(res);
  const blob = await res.blob();
  if (blob.size === 0) throw new Error('The server sent an empty file. Try again.');
  return { blob, fileName: fileNameFromDisposition(res.headers.get('content-disposition')) ?? fallbackName };
}

/** Saves the file through an `<a download>`, as a browser does with a link to a file. */
export function saveFile({ blob, fileName }: FetchedFile): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns; a minute is plenty and frees the memory after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const isAbort = (err: unknown) => err instanceof DOMException && err.name === 'AbortError';
