import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { PageMeta } from '../model/page-meta.js';

export interface HtmlText {
  text: string;
  meta: PageMeta;
}

/** The article containers of common government CMSs (TRS, 政府网站集约化平台, WordPress-like), best first. */
const BODY_SELECTORS = [
  '#zoom',
  '.TRS_Editor',
  '.article-content',
  '.article_content',
  '#UCAP-CONTENT',
  '.pages_content',
  'article',
  '.content',
  '#content',
  'main',
];
const JUNK_SELECTORS =
  'script, style, noscript, iframe, form, nav, header, footer, button, select, input, object, embed, svg';
const JUNK_CLASS =
  /(^|[\s_-])(nav|menu|breadcrumb|crumb|footer|header|share|toolbar|font-?size|print|sidebar|related|pager)([\s_-]|$)/i;
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'table',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'center',
]);
/** Page widgets that are not part of the report: view counts, font-size switches, print/close links. */
const WIDGET_WORDS = /浏览次数|访问量|【\s*字体|字号[:：]?\s*[【[]?\s*大|打印本页|关闭窗口|分享到|扫一扫在手机/;
/** A widget is a short line of its own; a sentence that happens to name 访问量 is report text. */
const WIDGET_MAX = 40;
const isWidgetLine = (l: string) => l.length <= WIDGET_MAX && !/[。；;！!？?]/.test(l) && WIDGET_WORDS.test(l);

/**
 * The article body of an HTML page as lines of text: scripts, navigation and page widgets
 * dropped, block elements on their own lines, table cells joined with " | ".
 * `wholeBody` skips the article search (for HTML made from .docx).
 */
export function htmlToText(html: string, options: { wholeBody?: boolean } = {}): HtmlText {
  const $ = cheerio.load(html);
  const meta: PageMeta = {};
  const metaContent = (name: string) => $(`meta[name="${name}"]`).attr('content')?.trim();
  const pubDate = metaContent('PubDate') ?? metaContent('pubdate') ?? metaContent('publishdate');
  const date = pubDate ? /(\d{4})-(\d{2})-(\d{2})/.exec(pubDate) : null;
  if (date) meta.publishedOn = `${date[1]}-${date[2]}-${date[3]}`;
  const title = metaContent('ArticleTitle') ?? $('title').first().text().trim();
  if (title) meta.title = title;

  $(JUNK_SELECTORS).remove();
  let root: cheerio.Cheerio<AnyNode> = $('body');
  if (!options.wholeBody) {
    for (const sel of BODY_SELECTORS) {
      const found = $(sel).first();
      if (found.length > 0 && found.text().trim().length > 0) {
        root = found;
        break;
      }
    }
  }
  const out: string[] = [];
  walk(root.length > 0 ? root.get() : $.root().get(), out);
  const lines = out
    .join('')
    .split('\n')
    .map((l) =>
      l
        .replace(/[\u00a0\u2002\u2003\u3000\t ]+/g, ' ')
        .replace(/( \| )+$/, '')
        .trim(),
    )
    .filter((l) => l.length > 0 && !isWidgetLine(l));
  return { text: `${lines.join('\n')}\n`, meta };
}

/** Navigation, share bars, pagers… inside the article, by their class or id. */
const isJunkElement = (el: Element) => JUNK_CLASS.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);

/**
 * Depth-first over the DOM with an explicit stack: a page of thousands of nested divs must not
 * overflow the call stack. A string on the stack is text to emit after a node's children.
 * Junk elements below the roots are skipped here, in the one linear pass: removing them first
 * through cheerio's `find('*')` took time quadratic in the element count (3.4 s for 34,000).
 */
function walk(nodes: AnyNode[], out: string[]): void {
  const roots = new Set(nodes);
  const stack: Array<AnyNode | string> = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      out.push(node);
    } else if (node.type === 'text') {
      out.push(node.data.replace(/[\r\n]+/g, ' '));
    } else if (node.type === 'tag') {
      if (!roots.has(node) && isJunkElement(node)) continue;
      const name = node.name.toLowerCase();
      if (name === 'br') {
        out.push('\n');
        continue;
      }
      const block = BLOCKS.has(name);
      if (block) out.push('\n');
      const after = `${name === 'td' || name === 'th' ? ' | ' : ''}${block ? '\n' : ''}`;
      if (after) stack.push(after);
      const children = node.children as AnyNode[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
}
