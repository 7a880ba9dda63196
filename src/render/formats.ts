/**
 * The names `--format` takes, apart from the renderers themselves: the CLI lists and checks them
 * without loading any renderer. `render/index.ts` maps each to its renderer (`satisfies` holds the
 * two lists to the same names).
 */
export const FORMATS = ['text', 'json', 'md', 'html', 'junit', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Every output format of `fazhi batch`: each writes one or more files into --out (feedback: a folder of
 * them; review: 复核表.xlsx, the assessors' sheet).
 */
export const BATCH_FORMATS = ['xlsx', 'csv', 'html', 'json', 'junit', 'sarif', 'md', 'feedback', 'review'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];
