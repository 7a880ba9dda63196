import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { EXIT } from '../util/exit-codes.js';
import { langFromArgv } from '../util/lang.js';
import { PACKAGE_ROOT, VERSION } from '../util/package-root.js';

/*
 * What bin/fazhi.js runs. The CLI is one CommonJS bundle (scripts/bundle.mjs), loaded through V8 with the code cache
 * the build wrote beside it after a training run: the bytecode of every function that run compiled — commander, the
 * check path, the whole extraction — so a process starting `fazhi check` neither parses the bundle nor compiles those
 * functions again (about a quarter of a cold check). Node 20 keeps no code cache for ES modules, hence CommonJS.
 * A cache V8 rejects (another Node or V8 flags) or none at all only costs the compiling; the code run is the same.
 */

/** The bundle bin/fazhi.js runs, and its code cache. */
export const CLI_BUNDLE = join(PACKAGE_ROOT, 'dist', 'bundle', 'cli.cjs');
export const codeCacheOf = (bundle: string): string => `${bundle}.cache`;

export interface LoadedBundle {
  /** what the bundle's module.exports holds */
  exports: Record<string, unknown>;
  /** the compiled script, whose createCachedData() the build writes after its training run */
  script: Script;
  /** true when a cache was found and V8 took it */
  cacheUsed: boolean;
}

/** Loads a CommonJS bundle as Node would, with its code cache when V8 accepts it. */
export function loadBundle(file: string, useCache = true): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  const cachedData = useCache ? readIfPresent(codeCacheOf(file)) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/** The CLI's exit code for argv; `--version` is answered before any bundle loads. */
export function launch(argv: string[]): Promise<number> {
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    process.stdout.write(`${VERSION}\n`);
    return Promise.resolve(EXIT.ok);
  }
  let main: (argv: string[]) => Promise<number>;
  try {
    main = (loadBundle(CLI_BUNDLE).exports as { main: typeof main }).main;
  } catch (e) {
    // an installation without its build (dist/ deleted, `npm ci --ignore-scripts`): one line, no trace
    const reason = (e as Error).message;
    process.stderr.write(
      langFromArgv(argv) === 'en'
        ? `fazhi: cannot load ${CLI_BUNDLE} (${reason}); run npm run build in the package's folder\n`
        : `fazhi：无法载入 ${CLI_BUNDLE}（${reason}）；请在软件包目录运行 npm run build\n`,
    );
    return Promise.resolve(EXIT.internal);
  }
  return main(argv);
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // no cache: compiled as usual
  }
}
