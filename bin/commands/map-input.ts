// Reading a map for `score` and `metrics`: a file path or "-" for standard input, validated with the
// interchange schema so that bad input is reported with paths and never scored half-read.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseMapJson } from '../../lib/map/interchange';
import type { ClusterMap } from '../../lib/map/types';

export interface MapCommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export type MapInput = { ok: true; map: ClusterMap } | { ok: false; code: number };

/** Reads and validates the map named by `source`; on failure writes the problems to stderr. */
export async function readMapInput(source: string, io: MapCommandIo): Promise<MapInput> {
  let text: string;
  const name = source === '-' ? 'standard input' : source;
  try {
    text =
      source === '-'
        ? await readStream(io.stdin ?? process.stdin)
        : await readFile(path.resolve(io.cwd ?? process.cwd(), source), 'utf8');
  } catch (err) {
    io.stderr.write(`error: cannot read ${name}: ${(err as Error).message}\n`);
    return { ok: false, code: 2 };
  }
  const parsed = parseMapJson(text);
  if (!parsed.ok) {
    io.stderr.write(`error: ${name} is not a valid clustercanvas.map document (${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}):\n`);
    for (const issue of parsed.issues) io.stderr.write(`  ${issue.path}: ${issue.message}\n`);
    return { ok: false, code: 2 };
  }
  return { ok: true, map: parsed.map };
}

/** Parses `<map.json|-> [--compact]`; returns null (after printing why) on bad usage. */
export function mapArgs(args: string[], usage: string, io: MapCommandIo): { source: string; compact: boolean } | null {
  const positionals = args.filter((a) => a === '-' || !a.startsWith('-'));
  const flags = args.filter((a) => !(a === '-' || !a.startsWith('-')));
  const unknown = flags.filter((f) => f !== '--compact');
  if (unknown.length || positionals.length !== 1) {
    io.stderr.write(`error: ${unknown.length ? `unknown option ${unknown[0]}` : 'give exactly one map file, or - for standard input'}\n\n${usage}`);
    return null;
  }
  return { source: positionals[0], compact: flags.includes('--compact') };
}

export const toJson = (value: unknown, compact: boolean) => `${JSON.stringify(value, null, compact ? undefined : 2)}\n`;
