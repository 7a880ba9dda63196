import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { SUPPORTED_EXTENSIONS } from '../ingest/load-report.js';

/**
 * Document types people keep beside their reports that fazhi may not read (yet). Found in a
 * folder they become error rows ("unsupported type") rather than vanishing silently; once
 * load-report supports one, it is simply scored.
 */
const KNOWN_DOCUMENTS = ['.pdf', '.doc', '.docx', '.wps', '.ofd', '.rtf', '.html', '.htm', '.txt'];

/** Notes people keep beside reports in a folder: not reports, so not scored unless named or included. */
const NOT_REPORTS = /^(readme|changelog|license|licence)(\.[a-z]+)?$/i;

export interface DiscoverOptions {
  /** globs matched against the path below each folder given; when set, only matching files are taken, whatever their type */
  include?: string[];
  exclude?: string[];
}

export interface Discovery {
  /** sorted, without duplicates; files named on the command line are always kept */
  files: string[];
  /** files in the folders that were not taken (other types, or excluded) */
  skipped: number;
}

const posix = (p: string) => p.split(sep).join('/');

/** Every report under the given folders (recursively, hidden entries skipped) plus the files named directly. */
export function discoverInputs(paths: string[], options: DiscoverOptions = {}): Discovery {
  // Read at run time: when document extraction lands, its extensions are found here too.
  const extensions = new Set([...SUPPORTED_EXTENSIONS, ...KNOWN_DOCUMENTS].map((e) => e.toLowerCase()));
  const include = options.include?.length ? picomatch(options.include, { dot: true }) : undefined;
  const exclude = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : undefined;
  const files = new Set<string>();
  let skipped = 0;
  for (const root of paths) {
    let isDir = false;
    try {
      isDir = statSync(root).isDirectory();
    } catch {
      // a missing path is kept: it becomes an error row naming it
    }
    if (!isDir) {
      files.add(root);
      continue;
    }
    for (const file of walk(root)) {
      const rel = posix(relative(root, file));
      const name = rel.split('/').pop()!;
      const wanted = include ? include(rel) : extensions.has(extname(file).toLowerCase()) && !NOT_REPORTS.test(name);
      if (wanted && !(exclude && exclude(rel))) files.add(file);
      else skipped++;
    }
  }
  return { files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), skipped };
}

function* walk(dir: string): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile()) yield full;
  }
}
