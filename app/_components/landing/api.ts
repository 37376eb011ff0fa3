import type { CreatedWorkshop } from './WorkshopLinks';

// The landing page's calls to the HTTP API. Errors come back as JSON {error, details}; show their words.
async function errorText(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: string; details?: { message?: string }[] };
    const detail = Array.isArray(body.details) ? body.details.map((d) => d.message).filter(Boolean).join('; ') : '';
    return [body.error, detail].filter(Boolean).join(' ') || `The server answered ${res.status}.`;
  } catch {
    return `The server answered ${res.status}.`;
  }
}

export type Template = 'empty' | 'optics-valley';

export async function createWorkshop(input: { title: string; cluster?: string; template: Template }): Promise<CreatedWorkshop> {
  const res = await fetch('/api/workshops', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: input.title, cluster: input.cluster || undefined, template: input.template }),
  });
  if (!res.ok) throw new Error(await errorText(res));
  return (await res.json()) as CreatedWorkshop;
}

export async function fetchDemo(): Promise<CreatedWorkshop> {
  const res = await fetch('/api/demo');
  if (!res.ok) throw new Error(await errorText(res));
  return (await res.json()) as CreatedWorkshop;
}
