import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../util/package-root.js';
import type { LoadCMap } from './pdf.js';

/** The Adobe-GB1 CMaps shipped with fazhi (vendor/pdf-cmaps, from pdfjs-dist; Adobe's BSD licence beside them). */
export const PDF_CMAPS_DIR = join(PACKAGE_ROOT, 'vendor', 'pdf-cmaps');

/** pdf.ts's CMap loader under Node: the vendored file of that name, never a download. */
export const loadCMapFromDisk: LoadCMap = async (name) => {
  // A name comes from the PDF: keep it to a file name in the folder.
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`no CMap named ${JSON.stringify(name)}`);
  return new Uint8Array(await readFile(join(PDF_CMAPS_DIR, `${name}.bcmap`)));
};
