/**
 * The last part of a `/`-separated path, as node:path's POSIX basename gives it (trailing slashes
 * ignored): written here so that scoring, which matches a waiver or an event by file name, needs
 * nothing from node.
 */
export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
