import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway copy of the national pack, with edits applied to its files' text. */
export function tempPack(edits: Record<string, ((text: string) => string) | undefined> = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'fazhi-pack-')), 'pack');
  cpSync('rules/national', dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    if (!edit) continue;
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit!(before);
    if (after === before) throw new Error(`edit of ${file} changed nothing`);
    writeFileSync(path, after);
  }
  return dir;
}

export function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fazhi-')), name);
  writeFileSync(path, content);
  return path;
}
