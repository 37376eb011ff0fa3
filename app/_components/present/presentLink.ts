// Present mode is asked for in the address (`?present=1`), so the projector link is the observer link with
// it: a screen at the front of the room opens straight into large type and no tools (usePresentMode.ts).

export const PRESENT_PARAM = 'present';

/** The link to open on the projector: the observer link, in Present mode. */
export function projectorLink(observerLink: string): string {
  const url = new URL(observerLink);
  url.searchParams.set(PRESENT_PARAM, '1');
  return url.toString();
}

/** Whether an address asks for Present mode. */
export const asksPresent = (search: string): boolean => new URLSearchParams(search).get(PRESENT_PARAM) === '1';
