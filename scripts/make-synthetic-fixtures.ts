// Writes the other-format copies of samples/synthetic/parts.txt (npx tsx scripts/make-synthetic-fixtures.ts):
// parts-gb18030.txt (GB18030 bytes), parts.html (a government page with navigation junk) and parts.docx.
// The generated files are checked in; rerun this after editing parts.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';

const dir = 'samples/synthetic';
const text = readFileSync(`${dir}/parts.txt`, 'utf8');
const lines = text.split('\n').filter((l) => l.length > 0);

writeFileSync(`${dir}/parts-gb18030.txt`, iconv.encode(text, 'gb18030'));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const [title, ...body] = lines;
const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${esc(title!)}_柳河县人民政府</title>
<meta name="ArticleTitle" content="${esc(title!)}">
<meta name="PubDate" content="2025-01-20 09:30">
<style>.nav{color:red}</style>
<script>var _hmt = _hmt || []; document.write('统计代码');</script>
</head><body>
<div class="header"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="nav"><ul><li>机构概况</li><li>政策文件</li><li>法治政府建设</li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>
<div class="article">
<h1>${esc(title!)}</h1>
<div class="info">发布时间：2025-01-20 浏览次数：1024 【字体：大 中 小】 <a href="javascript:window.print()">打印本页</a></div>
<div id="zoom" class="TRS_Editor">
${body.map((l) => `<p>&nbsp;&nbsp;${esc(l)}</p>`).join('\n')}
</div>
<div class="share">分享到：微信 微博</div>
</div>
<div class="footer">主办单位：柳河县人民政府办公室 网站标识码：0000000000 <script>footer()</script></div>
</body></html>
`;
writeFileSync(`${dir}/parts.html`, html);

const isPart = (l: string) => /^第[一二三四五六七八九十]+部分/.test(l);
const doc = new Document({
  creator: 'fazhi',
  title: title!,
  sections: [
    {
      children: [
        new Paragraph({ text: title!, heading: HeadingLevel.TITLE }),
        ...body.map((l) =>
          isPart(l) ? new Paragraph({ text: l, heading: HeadingLevel.HEADING_1 }) : new Paragraph({ text: l }),
        ),
      ],
    },
  ],
});
// docx stamps the current time into docProps/core.xml, so the bytes differ per run; the text does not.
const buf = await Packer.toBuffer(doc);
writeFileSync(`${dir}/parts.docx`, buf);
console.log('wrote parts-gb18030.txt, parts.html, parts.docx');
