// Reading a map file for the commands that take one (import, score, metrics): a path or "-" for
// standard input, validated with the interchange schema so bad input is reported with paths and never
// used half-read.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseMapJson } from '../lib/map/interchange';
import type { ClusterMap } from '../lib/map/types';
import { UsageError } from './args';
import type { CliIo } from './io';

/** The parts of CliIo that reading a map needs; stdin defaults to the process's. */
export type MapReadIo = Pick<CliIo, 'stderr'> & Partial<Pick<CliIo, 'cwd'>> & { stdin?: NodeJS.ReadableStream };

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads and validates the map named by `source`. An unreadable source is a UsageError; an invalid map is
 * reported problem by problem on stderr and yields null (exit 2, nothing done).
 */
export async function readMapInput(source: string, io: MapReadIo): Promise<ClusterMap | null> {
  const name = source === '-' ? 'standard input' : source;
  let text: string;
  try {
    text =
      source === '-'
        ? await readStream(io.stdin ?? process.stdin)
        : await readFile(path.resolve(io.cwd ?? process.cwd(), source), 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const parsed = parseMapJson(text);
  if (parsed.ok) return parsed.map;
  const count = parsed.issues.length;
  io.stderr.write(`error: ${name} is not a valid clustercanvas.map document (${count} problem${count === 1 ? '' : 's'}):\n`);
  for (const issue of parsed.issues) io.stderr.write(`  ${issue.path}: ${issue.message}\n`);
  return null;
}
