import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packToData, type PackData } from '../pack/pack-data.js';
import { openPack } from '../pipeline/open-pack.js';
import { problem, ProblemError } from '../problems/problem.js';
import { PACKAGE_ROOT } from '../util/package-root.js';

/** The page as `npm run build` made it (scripts/bundle-web.mjs): the same files for every pack. */
export const WEB_DIR = join(PACKAGE_ROOT, 'dist', 'web');
const APP_FILES = [
  'index.html',
  'app.css',
  'app.js',
  'engine.js',
  'structured.js',
  'patterns.js',
  'pdf.js',
  'pdf-cmaps.js',
  'doc.js',
];

/** The packs every site offers; a `--rules` pack comes first, chosen when the page opens. */
export const BUNDLED_PACKS = ['national', 'example-province'];

export interface SiteFile {
  name: string;
  content: string | Buffer;
}

/**
 * The static site: the built page plus packs.js, every pack loaded and validated here (node)
 * and handed to the page as data (pack/pack-data.ts), so the page has no YAML, schemas or files to read.
 */
export async function siteFiles(rules?: string): Promise<SiteFile[]> {
  if (!existsSync(join(WEB_DIR, 'app.js'))) throw new ProblemError([problem('web.not-built', WEB_DIR)]);
  const packs = await packsData(rules);
  // a classic script, not JSON: a page opened from file:// may not fetch files beside it
  const packsJs = `window.FAZHI_PACKS = ${JSON.stringify(packs)};\n`;
  return [
    ...APP_FILES.map((name) => ({ name, content: readFileSync(join(WEB_DIR, name)) })),
    { name: 'packs.js', content: packsJs },
  ];
}

async function packsData(rules: string | undefined): Promise<PackData[]> {
  const out: PackData[] = [];
  const dirs = new Set<string>();
  for (const name of [...(rules ? [rules] : []), ...BUNDLED_PACKS]) {
    const pack = await openPack(name);
    if (dirs.has(pack.dir)) continue;
    dirs.add(pack.dir);
    const base = basename(pack.dir);
    // two packs of the same folder name (a user's copy of national): the page must tell them apart
    const taken = out.some((p) => p.name === base);
    out.push(packToData(pack, taken ? `${base}-${out.length + 1}` : base));
  }
  return out;
}
