import { readFileSync } from 'node:fs';
import { EXIT, processIo, type CliIo, type CommandRun } from './io';

interface Command {
  summary: string;
  load: () => Promise<{ run: CommandRun }>;
}

// Each command is imported only when it runs, so `--help` stays fast and one command's heavy
// dependencies (Next.js, the engine) never load for another.
const COMMANDS: Record<string, Command> = {
  serve: { summary: 'Start the server: web app, HTTP API and live sync on one port', load: () => import('./commands/serve') },
  export: { summary: 'Export a workshop’s map: JSON, CSV, GraphML, GEXF, SVG, PNG or the PDF report', load: () => import('./commands/export') },
  import: { summary: 'Create a workshop from a clustercanvas.map JSON file and print its links', load: () => import('./commands/import') },
  workshops: { summary: 'List, export and delete the workshops of a data directory (the operator’s view)', load: () => import('./commands/workshops') },
  keys: { summary: 'Rotate a workshop’s keys: new links for any role, old ones closed at once', load: () => import('./commands/keys') },
  'demo-link': { summary: 'Print the shared demo’s links, the facilitator’s included (for the operator)', load: () => import('./commands/demo-link') },
  checkpoints: { summary: 'List a workshop’s checkpoints (saved, agreed, at each phase change)', load: () => import('./commands/checkpoints') },
  score: { summary: 'Score a map file with the engine (indices, governance, advice)', load: () => import('./commands/score' as string) },
  compare: { summary: 'Compare two map files: what changed and how every index moved, in words', load: () => import('./commands/compare' as string) },
  metrics: { summary: 'Print the network measures of a map file', load: () => import('./commands/metrics' as string) },
};

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function globalHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `ClusterCanvas ${version()}: map an industrial cluster together.

Usage: clustercanvas <command> [options]

Commands:
${lines.join('\n')}

Run "clustercanvas <command> --help" for a command's options.
Options everywhere: -h, --help · --version
Environment: PORT, HOST, DATA_DIR (default ./data), PUBLIC_URL, SEED_DEMO=0.
`;
}

/** Runs one command line; resolves with the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic && COMMANDS[topic]) return main([topic, '--help'], io);
    io.stdout.write(globalHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`error: unknown command "${name}"\n\n${globalHelp()}`);
    return EXIT.usage;
  }
  let mod: { run: CommandRun };
  try {
    mod = await command.load();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_MODULE_NOT_FOUND' && e.message.includes(`commands/${name}`)) {
      io.stderr.write(`error: the "${name}" command is not available in this build\n`);
      return EXIT.failed;
    }
    throw err;
  }
  return mod.run(rest, io);
}
