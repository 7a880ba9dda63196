/** The extractor's time grows with the text: the CLI's limit (source/limits.ts maxTextChars). */
export const MAX_TEXT_CHARS = 2_000_000;
