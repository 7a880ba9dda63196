import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import picomatch from 'picomatch';
import { SUPPORTED_EXTENSIONS } from '../pipeline/load-report.js';
import type { SkipReason } from '../model/batch.js';

/**
 * Document types people keep beside their reports, whether or not fazhi reads them (.ofd and .rtf
 * it does not). Found in a folder they become error rows ("unsupported type") rather than vanishing
 * silently; one load-report supports (.pdf .doc .wps .docx …) is simply scored.
 */
const KNOWN_DOCUMENTS = ['.pdf', '.doc', '.docx', '.wps', '.ofd', '.rtf', '.html', '.htm', '.txt'];

/** Notes people keep beside reports in a folder: not reports, so not scored unless named or included. */
const NOT_REPORTS = /^(readme|changelog|license|licence)(\.[a-z]+)?$/i;

/** Folders of tools, never of reports: walking them would only find their own notes. */
const TOOL_FOLDERS = new Set(['node_modules']);

export interface SkippedEntry {
  path: string;
  reason: SkipReason;
}

export interface DiscoverOptions {
  /**
   * globs matched against the path below each folder given; when set, only matching files are taken, whatever their
   * type
   */
  include?: string[];
  exclude?: string[];
}

export interface Discovery {
  /** sorted, without duplicates; files named on the command line are always kept */
  files: string[];
  /** entries in the folders that were not taken, in walk order, each with its reason */
  skipped: SkippedEntry[];
  /** folders that could not be listed (permissions, I/O): their files are unknown, so each is an error row */
  unreadable: { path: string; reason: string }[];
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Every report under the given folders (recursively) plus the files named directly. Symbolic
 * links are followed — a folder once (a link back up the tree is a loop, reported as skipped),
 * a file once (a second path to the same file is a duplicate). A special file (FIFO, device)
 * with a report's extension is taken, so its refusal is an error row rather than a silence.
 */
export function discoverInputs(paths: string[], options: DiscoverOptions = {}): Discovery {
  // Read at run time: when document extraction lands, its extensions are found here too.
  const extensions = new Set([...SUPPORTED_EXTENSIONS, ...KNOWN_DOCUMENTS].map((e) => e.toLowerCase()));
  const include = options.include?.length ? picomatch(options.include, { dot: true }) : undefined;
  const exclude = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : undefined;
  const files = new Set<string>();
  const skipped: SkippedEntry[] = [];
  const unreadable: Discovery['unreadable'] = [];
  const seenFiles = new Map<string, string>();

  const consider = (file: string, rel: string, name: string, regular: boolean, real: string) => {
    if (exclude?.(rel)) return skipped.push({ path: file, reason: 'excluded' });
    if (include ? !include(rel) : !extensions.has(extname(file).toLowerCase()))
      return skipped.push({ path: file, reason: include ? 'excluded' : 'other-type' });
    if (!include && NOT_REPORTS.test(name)) return skipped.push({ path: file, reason: 'other-type' });
    if (!include && name.startsWith('.')) return skipped.push({ path: file, reason: 'hidden' });
    if (regular) {
      if (seenFiles.has(real)) return skipped.push({ path: file, reason: 'duplicate' });
      seenFiles.set(real, file);
    }
    files.add(file);
  };

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
    const realRoot = realPath(root);
    walk(root, realRoot, '', new Set([realRoot]), {
      onFile: consider,
      onSkip: (path, reason) => skipped.push({ path, reason }),
      onUnreadable: (path, reason) => unreadable.push({ path, reason }),
    });
  }
  return { files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), skipped, unreadable };
}

interface WalkVisitor {
  /**
   * `rel`: the path below the folder given, with '/' (what --include and --exclude match); `name`: its last part;
   * `real`: the file's real path (a second path to it is a duplicate)
   */
  onFile: (file: string, rel: string, name: string, regular: boolean, real: string) => void;
  onSkip: (path: string, reason: SkipReason) => void;
  onUnreadable: (path: string, reason: string) => void;
}

/**
 * Depth-first in name order; `ancestors` holds the real paths of the folders above, so a link back up is seen.
 * `realDir` is `dir`'s real path: a plain file's real path is then known without a realpath call per file. `relDir`
 * is `dir` below the folder given ('' for that folder): each entry's path below it is built as the walk goes down,
 * not worked out again from the two paths for every file (path.relative resolves both against the working folder).
 */
function walk(dir: string, realDir: string, relDir: string, ancestors: Set<string>, visit: WalkVisitor): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  } catch (e) {
    visit.onUnreadable(dir, (e as NodeJS.ErrnoException).code ?? String(e));
    return;
  }
  // join(dir, name) for each entry, with the folder's part normalised once (join of a placeholder name, cut off): a
  // name readdir gives is never '.' or '..' and holds no separator, the only parts normalising would change.
  const prefix = join(dir, '_').slice(0, -1);
  for (const e of entries) {
    const full = prefix + e.name;
    const rel = relDir === '' ? e.name : `${relDir}/${e.name}`;
    if (TOOL_FOLDERS.has(e.name)) {
      visit.onSkip(full, 'tool-folder');
      continue;
    }
    const kind = entryKind(e, full);
    if (kind === 'dir') {
      // Hidden folders (.git, .cache) hold no reports; a hidden file may, and is counted.
      if (e.name.startsWith('.')) {
        visit.onSkip(full, 'hidden');
        continue;
      }
      const real = realPath(full);
      if (ancestors.has(real)) {
        visit.onSkip(full, 'link-loop');
        continue;
      }
      walk(full, real, rel, new Set([...ancestors, real]), visit);
    } else {
      // A special file or a broken link with a report's name is still taken: reading it refuses it, as its error row.
      const real = kind !== 'file' ? full : e.isSymbolicLink() ? realPath(full) : join(realDir, e.name);
      visit.onFile(full, rel, e.name, kind === 'file', real);
    }
  }
}

/** What an entry is, a symbolic link judged by what it points to. */
function entryKind(e: Dirent, full: string): 'dir' | 'file' | 'special' | 'broken-link' {
  if (e.isDirectory()) return 'dir';
  if (e.isFile()) return 'file';
  if (!e.isSymbolicLink()) return 'special';
  try {
    const target = statSync(full);
    return target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'special';
  } catch {
    return 'broken-link';
  }
}

function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
