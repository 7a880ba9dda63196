/** A string as a regular expression source that matches it literally (a pack's words inside a pattern). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
