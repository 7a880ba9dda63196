import { escapeHtml } from '../util/html-text.js';

// Markup built with tagged templates that escape by default: every value put into html`…` or
// xml`…` is escaped, unless it is itself a fragment one of these tags built. A renderer cannot
// forget to escape a report's text; it has to say raw() to skip escaping, which only trusted
// constants (the page's style sheet and script) do.

/** A piece of markup that is already safe: what html`…`, xml`…` and raw() return. */
export class Markup {
  constructor(private readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/**
 * What a template takes: text and numbers (escaped), fragments (as they are), lists of either
 * (joined with nothing between), and undefined or null (nothing) — so `${cond ? html`…` : ''}` reads as it should.
 */
export type Interpolation = Markup | string | number | boolean | undefined | null | readonly Interpolation[];

type Tag = (strings: TemplateStringsArray, ...values: Interpolation[]) => Markup;

function tag(escapeValue: (v: unknown) => string): Tag {
  const piece = (v: Interpolation): string => {
    if (v instanceof Markup) return v.toString();
    if (Array.isArray(v)) return v.map(piece).join('');
    return escapeValue(v);
  };
  return (strings, ...values) => {
    let out = strings[0]!;
    for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1]!;
    return new Markup(out);
  };
}

/**
 * Characters XML 1.0 cannot carry — a control character or a lone surrogate a decoded report kept —
 * which would make a JUnit file or a .docx unreadable.
 */
const NOT_XML = new RegExp(
  [
    '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]',
    // a lone surrogate: a high one not followed by a low one, or a low one not after a high one
    '[\\ud800-\\udbff](?![\\udc00-\\udfff])',
    '(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  ].join('|'),
  'g',
);
/** Text without what XML 1.0 cannot carry. */
export const xmlText = (s: string): string => s.replace(NOT_XML, '');

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Most text has nothing to escape or strip: one test, no copy (a feedback document has hundreds of runs). */
const MAY_CHANGE = /[&<>"'\u0000-\u001f\ud800-\udfff\ufffe\uffff]/;

/** XML 1.0 text and attribute escaping; the characters XML 1.0 forbids are dropped. */
export const escapeXml = (v: unknown): string => {
  const s = String(v ?? '');
  return MAY_CHANGE.test(s) ? xmlText(s).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!) : s;
};

/** HTML: text and attribute values escaped (`'` as &#39;). */
export const html: Tag = tag(escapeHtml);

/** XML (JUnit): like html, with `&apos;` and without the control characters XML 1.0 forbids. */
export const xml: Tag = tag(escapeXml);

/** Markup taken as it is: for the project's own constants only, never for text from a report, a pack or a sheet. */
export const raw = (trusted: string): Markup => new Markup(trusted);

/** Fragments joined by a separator (a newline between table rows), as one fragment. */
export const joinMarkup = (parts: readonly Markup[], separator = ''): Markup =>
  new Markup(parts.map(String).join(separator));
