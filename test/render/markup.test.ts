import { describe, expect, it } from 'vitest';
import { html, joinMarkup, raw, xml } from '../../src/render/markup.js';

describe('render/markup.ts: templates that escape by default', () => {
  it('escapes every interpolated text, in text and in attributes alike', () => {
    const evil = `<script>alert("x")</script>&'`;
    expect(String(html`<p title="${evil}">${evil}</p>`)).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</p>',
    );
  });

  it('takes a fragment it built as it is, so nothing is escaped twice', () => {
    const cell = html`<td>${'a&b'}</td>`;
    expect(String(html`<tr>${cell}</tr>`)).toBe('<tr><td>a&amp;b</td></tr>');
  });

  it('joins a list of fragments and texts with nothing between, each escaped as it comes', () => {
    expect(String(html`<ul>${[html`<li>1</li>`, '<2>', 3]}</ul>`)).toBe('<ul><li>1</li>&lt;2&gt;3</ul>');
    expect(String(joinMarkup([html`<b>x</b>`, html`<i>${'<'}</i>`], '\n'))).toBe('<b>x</b>\n<i>&lt;</i>');
  });

  it('writes nothing for undefined and null, and numbers and booleans as they read', () => {
    expect(String(html`[${undefined}][${null}][${0}][${false}][${12.5}]`)).toBe('[][][0][false][12.5]');
  });

  it('leaves raw() alone: the only way past the escaping', () => {
    expect(String(html`<style>${raw('a>b{content:"x"}')}</style>`)).toBe('<style>a>b{content:"x"}</style>');
  });

  it('xml uses &apos; and drops the control characters XML 1.0 forbids (a report can carry them)', () => {
    expect(String(xml`<t v="${"it's"}">${'a\u0001b\u001bc\ttab'}</t>`)).toBe('<t v="it&apos;s">abc\ttab</t>');
  });

  it('xml drops a lone surrogate and keeps a pair (𠀀 is one character in two code units)', () => {
    expect(String(xml`<t>${'a\ud800b\udc00c\ud840\udc00'}</t>`)).toBe('<t>abc\ud840\udc00</t>');
  });
});
