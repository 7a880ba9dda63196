/**
 * How deeply an HTML page nests its elements, estimated in one linear pass over the tags before
 * any parser sees it. The standard HTML parser (parse5, under cheerio) takes time quadratic in
 * the depth — 60,000 unclosed elements took 17 s, and a page of them hung a batch — while real
 * government pages nest 20–60 deep (browsers themselves stop nesting at 512). So a page deeper
 * than the cap is refused as one clear line, and everything below it parses in linear time.
 */
export const MAX_HTML_DEPTH = 1000;

/** Elements that never have children. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'command',
]);
/**
 * Elements the parser closes by itself when a sibling opens (<p>a<p>b, <li>, <td>…): not counted, as they do not
 * deepen the tree.
 */
const IMPLIED_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'rt',
  'rp',
  'caption',
  'colgroup',
]);
/** Elements whose content is text, not tags (a "<div>" inside a script is not an element). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/g;

/** The deepest nesting seen, stopping as soon as it passes `cap` (so a hostile page costs no more than the cap). */
export function htmlDepth(html: string, cap = MAX_HTML_DEPTH): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[2] === undefined) continue; // a comment
    const name = m[2].toLowerCase();
    if (m[1]) {
      // A close pops back to its element if that element is open; a stray close is ignored, as parsers do.
      // Each pop removes an element pushed once, so this stays linear however the closes fall.
      if (!open.get(name)) continue;
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        open.set(top, open.get(top)! - 1);
        if (top === name) break;
      }
      continue;
    }
    if (RAW_TEXT.has(name)) {
      // skip to its end tag: its content is not markup
      const end = RAW_TEXT_END.get(name)!;
      end.lastIndex = TAG.lastIndex;
      TAG.lastIndex = end.exec(html)?.index ?? html.length;
      continue;
    }
    if (m[3] || VOID.has(name) || IMPLIED_END.has(name)) continue;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > deepest) {
      deepest = stack.length;
      if (deepest > cap) return deepest;
    }
  }
  return deepest;
}
