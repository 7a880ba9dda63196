import { punctuation, type Lang } from '../util/lang.js';

/**
 * What a feedback document says, as blocks the .docx writer lays out (feedback-docx.ts): the words
 * and their order here, the typography there. Kept apart so that the content can be tested and
 * read without building a document.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'line'; label?: string; text: string; strong?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][] };

/**
 * A line of text, after its label and the language's colon when it has one: 得分：60 / 70; `strong` (bold) for the
 * result.
 */
export const line = (lang: Lang, name: string | undefined, text: string, strong = false): Block => ({
  kind: 'line',
  ...(name ? { label: `${name}${punctuation(lang).colon}` } : {}),
  text,
  ...(strong ? { strong: true } : {}),
});
