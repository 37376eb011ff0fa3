import type { CreatedWorkshop } from './WorkshopLinks';
// The landing page's calls to the HTTP API.
import { apiError } from '../model/apiError';

export type Template = 'empty' | 'optics-valley';

export async function createWorkshop(input: { title: string; cluster?: string; template: Template }): Promise<CreatedWorkshop> {
  const res = await fetch('/api/workshops', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: input.title, cluster: input.cluster || undefined, template: input.template }),
  });
  if (!res.ok) throw await apiError(res);
  return (await res.json()) as CreatedWorkshop;
}

/** The shared demo: watch-and-try links only (docs/operations.md §8). */
export interface SharedDemo {
  id: string;
  title: string;
  links: { participant: string; observer: string };
}

export async function fetchDemo(): Promise<SharedDemo> {
  const res = await fetch('/api/demo');
  if (!res.ok) throw await apiError(res);
  return (await res.json()) as SharedDemo;
}

/** A visitor's own copy of the demo: a new workshop from the Optics Valley template, theirs to facilitate. */
/** `title` in the visitor's language (landing.demo.copyTitle). */
export const copyDemo = (title: string) => createWorkshop({ title, template: 'optics-valley' });
