import type { Lang } from '../util/lang.js';

// The shape every message table of this folder shares (messages.ts and the tables it spreads in:
// pack, review and roster messages): a problem's code → a sentence in each language, built from its parameters.

/** A problem's parameters, as data (rendered into its sentence, kept as they are in JSON). */
export type Params = Record<string, string | number>;

/** One problem's sentence in one language. */
export type Template = (p: Params) => string;

/** A table of problem sentences: each code, in Chinese and English. */
export type MessageTable<Code extends string> = Record<Code, Record<Lang, Template>>;
