// A short per-workshop history of the two indices, kept in this browser, for the sparklines. Each browser
// keeps its own: the history shows how the map moved while this person watched, it is not shared data.

export interface ScorePoint {
  /** Epoch ms. */
  t: number;
  ici: number;
  gi: number;
}

export const HISTORY_CAP = 60;
const PREFIX = 'clustercanvas:scores:';

/** One decimal, as displayed: a change nobody could see on screen is not a new point. */
const shown = (value: number) => Math.round(value * 10) / 10;

/** Appends a point when either displayed value changed; keeps the newest `cap` points. */
export function appendPoint(history: ScorePoint[], point: ScorePoint, cap = HISTORY_CAP): ScorePoint[] {
  const last = history[history.length - 1];
  if (last && shown(last.ici) === shown(point.ici) && shown(last.gi) === shown(point.gi)) return history;
  const next = [...history, { t: point.t, ici: shown(point.ici), gi: shown(point.gi) }];
  return next.length > cap ? next.slice(next.length - cap) : next;
}

const isPoint = (p: unknown): p is ScorePoint =>
  typeof p === 'object' &&
  p !== null &&
  typeof (p as ScorePoint).t === 'number' &&
  typeof (p as ScorePoint).ici === 'number' &&
  typeof (p as ScorePoint).gi === 'number';

export function loadHistory(workshop: string): ScorePoint[] {
  try {
    const raw = window.localStorage.getItem(PREFIX + workshop);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isPoint).slice(-HISTORY_CAP) : [];
  } catch {
    return []; // storage disabled or a corrupt entry: start afresh rather than fail the panel
  }
}

export function saveHistory(workshop: string, history: ScorePoint[]): void {
  try {
    window.localStorage.setItem(PREFIX + workshop, JSON.stringify(history));
  } catch {
    /* storage full or disabled: the sparkline simply forgets */
  }
}
