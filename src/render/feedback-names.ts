/**
 * File names for the feedback documents, one per unit: a unit's name made safe for every file
 * system the office may copy the folder to (Windows, macOS, a USB stick), and two units whose
 * names end up the same — or the same to a file system that ignores case or Unicode form — kept
 * apart, so that no unit's document overwrites another's.
 */

/** Characters Windows refuses in a file name, the path separators among them, and control characters. */
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/** Names Windows keeps for devices, with or without an extension (CON.docx cannot be created either). */
const DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** Bytes a name may take in UTF-8: file systems allow 255, and room is left for " (12).docx". */
const MAX_NAME_BYTES = 200;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** Cut to MAX_NAME_BYTES of UTF-8, never inside a character. */
function clip(name: string): string {
  if (utf8Length(name) <= MAX_NAME_BYTES) return name;
  let out = '';
  for (const ch of name) {
    if (utf8Length(out + ch) > MAX_NAME_BYTES) break;
    out += ch;
  }
  return out;
}

/**
 * A unit's name as a file name: every unsafe character one `_`, blanks run together, no leading or
 * trailing blank or dot (Windows drops a trailing dot), a device name escaped, long names cut.
 * `fallback` names a unit whose name leaves nothing.
 */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = clip(
    name
      .normalize('NFC')
      .replace(UNSAFE, '_')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, ''),
  ).replace(/[\s.]+$/, '');
  const safe = cleaned || fallback;
  return DEVICE.test(safe) ? `_${safe}` : safe;
}

/** How a file system may compare two names: macOS and Windows ignore case, macOS also Unicode form. */
const sameFileKey = (name: string) => name.normalize('NFKC').toLowerCase();

/**
 * Unique file names for `names`, in the order given: the first to want a name gets it, each later one
 * the first free "name (2)", "name (3)" …. The order is the caller's (the roster's order, or the
 * reports' paths), never a score, so the same round names the same files.
 */
export function uniqueFileNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(sameFileKey(candidate)); n++) candidate = `${name} (${n})`;
    taken.add(sameFileKey(candidate));
    return candidate;
  });
}
