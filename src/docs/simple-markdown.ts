import { escapeHtml } from '../util/html-text.js';

const inline = (s: string) =>
  escapeHtml(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');

/** The page's style sheet, a rule set a line (the document keeps these exact lines). */
const STYLE = [
  'body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; max-width: 60rem; margin: 2rem auto; ' +
    'padding: 0 1rem; line-height: 1.6; color: #222; }',
  'table { border-collapse: collapse; margin: 1rem 0; } th, td { border: 1px solid #ccc; padding: .3rem .6rem; } ' +
    'th { background: #f3f3f3; }',
  'h3 { margin-top: 1.6rem; border-left: 4px solid #b22; padding-left: .5rem; } ' +
    'code { background: #f5f5f5; padding: 0 .2rem; }',
].join('\n');

/**
 * HTML for the Markdown subset the checklist doc is written in (headings, lists, tables,
 * paragraphs, comments). Not a general Markdown renderer: it only has to read our own output.
 */
export function markdownToHtml(markdown: string, title: string): string {
  const body: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('<!--')) body.push(line);
    else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(' ');
      body.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('- ')) items.push(`<li>${inline(lines[i++]!.slice(2))}</li>`);
      i--;
      body.push(`<ul>${items.join('')}</ul>`);
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.startsWith('|'))
        rows.push(
          lines[i++]!.slice(1, -1)
            .split('|')
            .map((c) => c.trim()),
        );
      i--;
      const [head, , ...rest] = rows;
      body.push(
        `<table><thead><tr>${head!.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${rest
          .map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
    } else if (line.trim() !== '') body.push(`<p>${inline(line)}</p>`);
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
