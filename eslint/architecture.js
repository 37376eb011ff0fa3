// The layers of docs/architecture.md ("Layers", "Kept honest in CI") as lint rules: dependencies point
// down the list, never up, and no module imports itself back through a cycle.
import { builtinModules } from 'node:module';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const SOURCES = ['**/*.{ts,tsx,js,mjs}', 'bin/clustercanvas'];

// Every Node built-in, bare ('fs', 'path', 'worker_threads') and with its scheme ('node:fs').
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const engineImports = {
  paths: nodeBuiltins.map((name) => ({
    name,
    message: 'lib/engine is a pure function of the map: no Node imports (docs/architecture.md, Layers).',
  })),
  patterns: [
    { group: ['node:*'], message: 'lib/engine is a pure function of the map: no Node imports (docs/architecture.md, Layers).' },
    { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'next', 'next/*'], message: 'lib/engine imports nothing from React or Next (docs/architecture.md, Layers).' },
    { group: ['yjs', 'yjs/*', 'y-protocols', 'y-protocols/*', 'lib0', 'lib0/*'], message: 'lib/engine reads the plain map, never Yjs (docs/architecture.md, Layers).' },
  ],
};

const layer = (target, from, message) => ({ target, from, message: `${message} (docs/architecture.md, Layers).` });

export const architecture = [
  {
    files: SOURCES,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
    },
    rules: {
      // Type-only imports are erased at build time and are not cycles at run time; the rule skips them.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('./lib', './app', 'lib/ is shared by the browser, the server and tools: it never imports app/'),
            layer('./lib', './server', 'lib/ is shared by the browser, the server and tools: it never imports server/'),
            layer('./app', './server', 'app/ is the UI: it reaches the server over HTTP and the socket, never by import'),
          ],
        },
      ],
    },
  },
  {
    files: ['lib/engine/**/*.{ts,tsx,js,mjs}'],
    rules: { 'no-restricted-imports': ['error', engineImports] },
  },
];
