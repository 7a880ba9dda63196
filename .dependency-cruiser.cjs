/**
 * The layers of src/ and what may import what (ARCHITECTURE.md, "Layers"), checked by
 * dependency-cruiser: `npm run lint:deps`, and test/architecture/dependencies.test.ts in `npm test`.
 * A violation names the rule it breaks; each rule's comment says why the rule exists.
 *
 * Layers, from the bottom up (a folder imports its own files and the folders listed for it):
 *   0 contracts   model, util
 *   1 input       problems, source
 *   2 pack        pack (the checklist language: conditions, operators, paths)
 *   3 evaluation  engine, extract, ingest (three siblings: none imports another)
 *   4 scoring     score; roster (the office's list of units: read, matched, applied); pipeline (file → report → assessment)
 *   5 tools       render; docs; ruletest; batch
 *   5 tools       site (the web page's files and server, node side)
 *   6 wiring      cli
 *   top           web (the page itself, bundled for the browser: the core and ingest's readers over bytes)
 */

/** What the pack layer builds on, and with it what every layer above the pack builds on. */
const BELOW_PACK = ['model', 'util', 'problems', 'source'];
const PACK_AND_BELOW = [...BELOW_PACK, 'pack'];
const PIPELINE_MAY_IMPORT = [...PACK_AND_BELOW, 'engine', 'extract', 'ingest', 'score', 'roster'];
const BATCH_MAY_IMPORT = [...PIPELINE_MAY_IMPORT, 'pipeline', 'render'];

/** @type {Record<string, string[]>} folder → the folders it may import besides itself */
const MAY_IMPORT = {
  model: [],
  util: [],
  problems: ['model', 'util'],
  source: ['model', 'util', 'problems'],
  pack: BELOW_PACK,
  engine: PACK_AND_BELOW,
  extract: PACK_AND_BELOW,
  ingest: PACK_AND_BELOW,
  score: [...PACK_AND_BELOW, 'engine'],
  roster: [...PACK_AND_BELOW, 'ingest'],
  pipeline: PIPELINE_MAY_IMPORT,
  render: ['model', 'util', 'problems', 'pack', 'engine', 'score'],
  docs: ['model', 'util', 'problems', 'pack'],
  ruletest: [...PACK_AND_BELOW, 'engine', 'extract', 'ingest', 'score', 'pipeline'],
  batch: BATCH_MAY_IMPORT,
  cli: [...BATCH_MAY_IMPORT, 'docs', 'ruletest', 'batch', 'site'],
  site: [...PACK_AND_BELOW, 'pipeline'],
  web: ['model', 'util', 'problems', 'pack', 'engine', 'extract', 'ingest', 'score', 'render'],
};

/** ingest's modules that read files or use node's zlib: the page reads bytes through document-text.ts and docx.ts instead. */
const NODE_INGEST = ['document', 'zip-guard', 'structured-report', 'pdf-cmaps-node', 'pdf-inflate-node'];

/** What the web build bundles: it must run where there is no file system, no threads and no `process`. */
const BROWSER_SAFE_CORE = ['model', 'pack', 'engine', 'score', 'extract', 'render'];

/** node's modules that reach the machine (files, threads, processes, network) or exist only in node. */
const NODE_ONLY = [
  'fs',
  'fs/promises',
  'worker_threads',
  'child_process',
  'cluster',
  'process',
  'os',
  'module',
  'path',
  'path/posix',
  'url',
  'crypto',
  'net',
  'tls',
  'http',
  'https',
  'http2',
  'dgram',
  'dns',
  'readline',
  'tty',
  'v8',
  'vm',
  'zlib',
  'inspector',
  'perf_hooks',
  'async_hooks',
];
const under = (folders) => `^src/(${folders.join('|')})/`;
const exactly = (names) => `^(node:)?(${names.join('|')})$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...Object.entries(MAY_IMPORT).map(([folder, allowed]) => ({
      name: `layer-${folder}`,
      comment:
        `src/${folder} may import only ${allowed.length ? allowed.map((f) => `src/${f}`).join(', ') : 'itself'} ` +
        '(and packages): see ARCHITECTURE.md, "Layers and what may import what".',
      severity: 'error',
      from: { path: `^src/${folder}/` },
      to: { path: '^src/', pathNot: under([folder, ...allowed]) },
    })),
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be understood, tested or bundled one at a time: break the cycle.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-no-node-io',
      comment:
        `The browser-safe core (${BROWSER_SAFE_CORE.map((f) => `src/${f}`).join(', ')}) imports nothing that exists only in node ` +
        '(files, threads, processes, paths, crypto): read in source/, ingest/ or pipeline/ and pass the data in.',
      severity: 'error',
      from: { path: under(BROWSER_SAFE_CORE) },
      to: { dependencyTypes: ['core'], path: exactly(NODE_ONLY) },
    },
    {
      name: 'core-no-node-streams',
      comment:
        'The browser-safe core uses no node streams: a binary format (xlsx) writes into the stream it is given, which ' +
        'batch/ opens (the web build leaves xlsx out).',
      severity: 'error',
      from: { path: under(BROWSER_SAFE_CORE) },
      to: { dependencyTypes: ['core'], path: exactly(['stream', 'stream/promises']) },
    },
    {
      name: 'core-no-node-io-helpers',
      comment:
        'The browser-safe core does not use the helpers that read the installed package (util/package-root.ts) or the ' +
        'working directory (util/display-path.ts). Known debt: render/sarif.ts still reads fazhi’s version there.',
      severity: 'error',
      from: { path: under(BROWSER_SAFE_CORE), pathNot: '^src/render/sarif\\.ts$' },
      to: { path: '^src/util/(package-root|display-path)\\.ts$' },
    },
    {
      name: 'web-no-node',
      comment:
        'src/web runs in the browser (scripts/bundle-web.mjs builds it with platform browser): no node built-in, ' +
        'and of ingest only the readers over bytes, never the modules that open files.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-no-node-ingest',
      comment: 'src/web reads the bytes a user dropped: ingest/document-text.ts, not the file readers.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: `^src/ingest/(${NODE_INGEST.join('|')})\\.ts$` },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing: a typo, or a package missing from package.json.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-dev-dep',
      comment: 'src/ is what users install: a package it imports belongs in dependencies, not devDependencies.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript API for dependency-cruiser to parse with; swc parses TS (type imports included).
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    moduleSystems: ['es6', 'cjs'],
    // Relative imports end in .js (NodeNext); dependency-cruiser resolves them to the .ts sources.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
