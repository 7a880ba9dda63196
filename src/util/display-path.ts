import { resolve } from 'node:path';

/** Paths in messages are as the user would type them: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const abs = resolve(file);
  const cwd = `${process.cwd()}/`;
  return abs.startsWith(cwd) ? abs.slice(cwd.length) : abs;
}
