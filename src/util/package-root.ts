import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package's root: src/util (tsx, vitest) and dist/util (built) both sit two levels down. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLED_RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const SCHEMAS_DIR = join(PACKAGE_ROOT, 'schemas');

/** fazhi's own version, from package.json: one source for --version and the SARIF tool record. */
export const VERSION: string = (
  JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
