import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * A pack extending national whose checklist overrides a rule no parent has
 * (litigation.no-such-rule) and adds a rule reusing an inherited id (structure.shortcomings).
 */
export function childPackWithBadOverride(): string {
  const dir = tempPack();
  writeFileSync(join(dir, 'pack.yaml'), 'id: child\ntitle: t\nversion: "1"\nextends: national\n');
  writeFileSync(
    join(dir, 'checklist.yaml'),
    'overrides:\n  - id: litigation.no-such-rule\n    points: 3\nrules:\n  - id: structure.shortcomings\n    category: structure\n    title: t\n    points: 1\n    when: { all: [ { fact: sections, operator: contains, value: shortcomings } ] }\n    message: m\n',
  );
  for (const f of ['facts.yaml', 'sections.yaml']) rmSync(join(dir, f));
  return dir;
}

export function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fazhi-')), name);
  writeFileSync(path, content);
  return path;
}
