/*
 * A web page's breadcrumbs copied with the report (首页>信息公开>重点领域信息公开>行政执法公示>事前公开; 当前位置：首页 ＞
 * 政务公开 ＞ 规划总结): the site's catalogue, naming topics the page is filed under — never a statement of the report's.
 */

/** How far into the text breadcrumbs stand: above the report, in the page's header. */
const CHROME_REACH = 1500;
/** A line that is a trail: a site's start or position word, then a separator (> ＞ » ›), or two separators or more. */
const TRAIL_START = /^\s*(?:当前位置|您的位置|您当前的位置|所在位置|首页)/u;
const SEPARATOR = /[>＞»›]/gu;

/** The [start, end) of each breadcrumb line in the page's header. */
export function breadcrumbSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const reach = Math.min(text.length, CHROME_REACH);
  for (let start = 0; start < reach; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // (a line is read only as far as the header reaches: one running line is no longer a copy of the whole text)
    const line = text.slice(start, Math.min(end, start + CHROME_REACH));
    if (isTrail(line)) spans.push([start, end]);
    start = end + 1;
  }
  return spans;
}

/** Whether a line is a breadcrumb trail (首页>信息公开>…; 市司法局>专题专栏>…报告); a line of raw HTML, its tags holding >, is none. */
export function isTrail(line: string): boolean {
  const separators = line.includes('<') ? 0 : (line.match(SEPARATOR)?.length ?? 0);
  return separators >= 2 || (separators === 1 && TRAIL_START.test(line));
}
