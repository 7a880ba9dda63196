/** C0 and C1 control characters other than tab and newline: ESC starts ANSI/OSC sequences. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Characters that would make text into Markdown markup or raw HTML. */
const MARKDOWN_SPECIAL = /[&<>[\]`]/g;
const MARKDOWN_ESCAPE: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '[': '\\[',
  ']': '\\]',
  '`': '\\`',
};

/**
 * Text from a report or a pack, made safe to place in Markdown: a `<script>`, an `<iframe>` or a
 * `[x](javascript:…)` reaches the reader as the characters it is, never as HTML or a link.
 */
export function escapeMarkdownText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(MARKDOWN_SPECIAL, (c) => MARKDOWN_ESCAPE[c]!);
}
