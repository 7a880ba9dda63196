/**
 * Every file type the page accepts, in one list: what the page shows and offers before its
 * engine (engine.js) has loaded. A type's `reader` names its reader over bytes in intake.ts;
 * `ready: false` is a type the page knows but does not read yet, and says so.
 * A type set ready must have its reader in intake.ts's READERS (the types make both go together).
 */
export const FILE_TYPES = [
  { exts: ['.docx'], reader: 'docx', ready: true },
  { exts: ['.txt', '.md'], reader: 'text', ready: true },
  { exts: ['.html', '.htm'], reader: 'html', ready: true },
  { exts: ['.yaml', '.yml', '.json'], reader: 'structured', ready: true },
  { exts: ['.pdf'], reader: 'pdf', ready: true },
  { exts: ['.doc', '.wps'], reader: 'doc', ready: true },
] as const;

export type FileType = (typeof FILE_TYPES)[number];
/** The readers the page has: intake.ts must give each of them. */
export type ReadyReader = Extract<FileType, { ready: true }>['reader'];

/** The page refuses a larger file before reading it (the CLI's document limit, source/limits.ts). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
};

export const typeFor = (ext: string): FileType | undefined =>
  FILE_TYPES.find((t) => (t.exts as readonly string[]).includes(ext));

/** What the file picker offers: every type the page reads. */
export const acceptAttribute = (): string =>
  FILE_TYPES.filter((t) => t.ready)
    .flatMap((t) => t.exts)
    .join(',');
