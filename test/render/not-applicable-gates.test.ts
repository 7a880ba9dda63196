import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compareWithPrevious } from '../../src/batch/compare.js';
import { isShortfall } from '../../src/score/shortfall.js';
import { rankAssessments, rankNumbers } from '../../src/score/rank.js';
import type { Assessment } from '../../src/model/assessment.js';
import { batchJsonChunks } from '../../src/render/batch-json.js';
import { batchFromAssessments } from '../../src/render/batch-view.js';
import { groupFindings } from '../../src/render/finding-groups.js';
import { renderHtmlPage } from '../../src/render/html.js';
import { renderJunit } from '../../src/render/junit.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import { renderText } from '../../src/render/text.js';
import { batchFiles } from '../helpers/outputs.js';
import { A, B, C, D, EVENT, GATE_MESSAGE, GATE_QUOTE, NA_QUOTE, NA_REASON } from './fixtures-gates.js';

const zh = { lang: 'zh' as const, color: false };
const en = { lang: 'en' as const, color: false };
const ALL = [B, C, D, A]; // not in rank order on purpose
const batch = () => batchFromAssessments(ALL);
const EVENT_ZH = `事件：${EVENT.id} ${EVENT.date} ${EVENT.description}（来源：${EVENT.source}）`;

describe('ranking', () => {
  it('ranks by percent, a returned report after every report not returned, a vetoed one after all others', () => {
    // B (83.3%) outscores A and D but is returned; C (100%) outscores everyone but is vetoed.
    const ranked = rankAssessments(ALL);
    expect(ranked.map((a) => a.report.file)).toEqual([
      'reports/a.yaml',
      'reports/d.yaml',
      'reports/b.yaml',
      'reports/c.yaml',
    ]);
    expect(rankNumbers(ranked)).toEqual([1, 2, 3, 4]);
  });

  it('does not share a rank across tiers even at the same percent', () => {
    const returnedAt80: Assessment = { ...B, percent: 80, report: { ...B.report, file: 'reports/b80.yaml' } };
    const ranked = rankAssessments([returnedAt80, A]);
    expect(ranked.map((a) => a.report.file)).toEqual(['reports/a.yaml', 'reports/b80.yaml']);
    expect(rankNumbers(ranked)).toEqual([1, 2]);
  });
});

describe('shortfalls', () => {
  it('never counts not_applicable; counts a failed gate', () => {
    expect(A.findings.filter(isShortfall).map((f) => f.ruleId)).toEqual(['review.correction-rate']);
    expect(B.findings.filter(isShortfall).map((f) => f.ruleId)).toEqual([
      'review.correction-rate',
      'structure.document-type',
    ]);
  });

  it('groups each non-passing finding once: the gate in returned, not_applicable apart from 未载明', () => {
    const b = groupFindings(B);
    expect(b.returned.map((f) => f.ruleId)).toEqual(['structure.document-type']);
    expect(b.attention.map((f) => f.ruleId)).toEqual(['review.correction-rate']);
    const a = groupFindings(A);
    expect(a.notApplicable.map((f) => f.ruleId)).toEqual(['litigation.head-appearance-rate']);
    expect([...a.attention, ...a.notes, ...a.notScored, ...a.returned].map((f) => f.ruleId)).toEqual([
      'review.correction-rate',
    ]);
    const d = groupFindings(D);
    expect(d.notScored.map((f) => f.ruleId)).toEqual(['review.correction-rate']);
    expect(d.notApplicable).toEqual([]);
  });
});

describe('text card', () => {
  it('puts 退回重报 first after the header, with the gate message and quote, and marks the score provisional', () => {
    const lines = renderText([B], zh).split('\n');
    expect(lines.slice(0, 10)).toEqual([
      '某县司法局（司法局） 2023年度 法治政府建设年度报告评查结果',
      '文件：reports/b.yaml',
      '细则：测试细则（test 1.0.0）',
      '',
      '退回重报：未通过前置审查，本报告应退回重新报送；以下得分和等级为暂定',
      '  ✗ 不符合  报告类型  0/0分  [structure.document-type · 重要]',
      `      ${GATE_MESSAGE}`,
      `      原文：第1行 “${GATE_QUOTE}”`,
      '      整改建议：请报送法治政府建设年度报告',
      '',
    ]);
    expect(lines[10]).toBe('得分（暂定）：50 / 60（83.3%）    等级：良好');
    // the gate is listed once, in the 退回重报 block, not again under 需要关注
    expect(lines.filter((l) => l.includes('structure.document-type'))).toHaveLength(1);
    expect(lines).toContain('需要关注（1）');
    expect(lines.at(-2)).toBe('通过 3 项，不符合 1 项，未载明 1 项，不适用 0 项，豁免 0 项，规则错误 0 项');
  });

  it('shows not_applicable in its own group with the reason and quote, never under 未载明', () => {
    const text = renderText([A], zh);
    const lines = text.split('\n');
    expect(text).not.toContain('退回重报');
    expect(lines).toContain('得分：40 / 50（80%）    等级：良好');
    const at = lines.indexOf('不适用（不计分）');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at, at + 4)).toEqual([
      '不适用（不计分）',
      '  – 行政机关负责人出庭应诉  [litigation.head-appearance-rate]',
      `      ${NA_REASON}`,
      `      原文：第12行 “${NA_QUOTE}”`,
    ]);
    expect(lines.filter((l) => l.includes('litigation.head-appearance-rate'))).toHaveLength(1);
    expect(text).not.toContain('未计分');
    expect(lines.at(-2)).toBe('通过 3 项，不符合 1 项，未载明 0 项，不适用 1 项，豁免 0 项，规则错误 0 项');
  });

  it('keeps 未计分（报告未载明） for a missing fact that costs nothing, separate from 不适用', () => {
    const text = renderText([D], zh);
    expect(text).toContain('未计分（报告未载明）：review.correction-rate');
    expect(text).not.toContain('不适用（不计分）');
    expect(text.split('\n')[0]).toBe('丙市司法局 2024年度 法治政府建设年度报告评查结果');
  });

  it('shows an event-sourced finding with its source under it, and the role beside the authority', () => {
    const lines = renderText([C], zh).split('\n');
    expect(lines[0]).toBe('乙区人民政府（政府） 2024年度 法治政府建设年度报告评查结果');
    const at = lines.findIndex((l) => l.includes('[enforcement.major-violation'));
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '      本年度发生重大行政执法过错案件，一票否决',
      `      ${EVENT_ZH}`,
    ]);
  });

  it('speaks English with --lang en', () => {
    const b = renderText([B], en).split('\n');
    expect(b[0]).toBe('某县司法局 (judicial bureau), 2023 Rule-of-law government annual report — assessment');
    expect(b[4]).toBe(
      'Returned for resubmission: the report failed a check made before scoring and must be resubmitted; the score and grade below are provisional',
    );
    expect(b).toContain('Score (provisional): 50 / 60 (83.3%)    Grade: 良好');
    const a = renderText([A], en);
    expect(a).toContain('Not applicable (not scored)\n  – 行政机关负责人出庭应诉  [litigation.head-appearance-rate]\n');
    expect(a).toContain('3 passed, 1 failed, 0 not stated, 1 not applicable, 0 waived, 0 rule errors');
    expect(renderText([C], en)).toContain(
      `      Event: ${EVENT.id} ${EVENT.date} ${EVENT.description} (source: ${EVENT.source})`,
    );
    expect(renderText([D], en)).toContain('Not scored (not stated in the report): review.correction-rate');
  });
});

describe('markdown', () => {
  it('puts the 退回重报 block before the provisional score', () => {
    const lines = renderMarkdown([B], zh).split('\n');
    expect(lines.slice(0, 13)).toEqual([
      '# 某县司法局（司法局） 2023年度 法治政府建设年度报告评查结果',
      '',
      '- 文件：`reports/b.yaml`',
      '- 细则：测试细则（test 1.0.0）',
      '',
      '> **退回重报**：未通过前置审查，本报告应退回重新报送；以下得分和等级为暂定',
      '>',
      '> 1. **报告类型** — 不符合，0/0（`structure.document-type`，重要）',
      `>    - ${GATE_MESSAGE}`,
      `>    - 原文：第1行 “${GATE_QUOTE}”`,
      '>    - 整改建议：请报送法治政府建设年度报告',
      '',
      '- 得分（暂定）：**50 / 60**（83.3%）',
    ]);
  });

  it('has a 不适用（不计分） section with reason and quote, events under the finding, and the counts', () => {
    const a = renderMarkdown([A], zh);
    expect(a).toContain(
      `## 不适用（不计分）\n\n- **行政机关负责人出庭应诉**（\`litigation.head-appearance-rate\`）：${NA_REASON}\n  - 原文：第12行 “${NA_QUOTE}”\n`,
    );
    expect(a).toContain('通过 3 项，不符合 1 项，未载明 0 项，不适用 1 项，豁免 0 项，规则错误 0 项');
    expect(a).not.toContain('退回重报');
    expect(renderMarkdown([C], zh)).toContain(`   - ${EVENT_ZH}`);
    expect(renderMarkdown([B], en)).toContain('- Score (provisional): **50 / 60** (83.3%)');
  });
});

describe('html', () => {
  const html = renderHtmlPage(batch(), 'zh');
  const section = (n: number) =>
    html.slice(html.indexOf(`<section id="r${n}">`), html.indexOf('</section>', html.indexOf(`<section id="r${n}">`)));

  it('ranks A, D, then returned B, then vetoed C, with role, 退回重报 and 不适用项数 columns', () => {
    expect(html).toContain('<th>单位</th><th>角色</th>');
    expect(html).toContain(
      '<th>一票否决</th><th>退回重报</th><th data-type="num">不符合项数</th><th data-type="num">不适用项数</th>',
    );
    expect([1, 2, 3, 4].map((n) => section(n).match(/<h2>(.*?)<\/h2>/)![1])).toEqual([
      '1. 甲县司法局（司法局） 2024年度',
      '2. 丙市司法局 2024年度',
      '3. 某县司法局（司法局） 2023年度',
      '4. 乙区人民政府（政府） 2024年度',
    ]);
    expect(html).toContain('<td class="returned">是</td>');
    expect(html).toContain('50 / 60（暂定）');
  });

  it('shows the 退回重报 block right after the header of a returned report, before the provisional score', () => {
    const b = section(3);
    const block = b.indexOf(
      '<div class="returned"><h3>退回重报</h3><p>未通过前置审查，本报告应退回重新报送；以下得分和等级为暂定</p>',
    );
    expect(block).toBe(b.indexOf('<code>reports/b.yaml</code></p>') + '<code>reports/b.yaml</code></p>'.length + 1);
    expect(b.indexOf('得分（暂定）：<b>50 / 60</b>')).toBeGreaterThan(block);
    expect(b).toContain(
      `<div>${GATE_MESSAGE}</div><blockquote><span class="meta">第1行</span> ${GATE_QUOTE}</blockquote>`,
    );
    expect(b.match(/structure\.document-type/g)).toHaveLength(1);
    expect(section(1)).not.toContain('退回重报');
    expect(section(1)).toContain('得分：<b>40 / 50</b>');
  });

  it('lists not_applicable in its own group with reason and quote, shows event sources and the counts', () => {
    const a = section(1);
    const group = a.indexOf('<h3>不适用（不计分）</h3>');
    expect(group).toBeGreaterThan(a.indexOf('review.correction-rate'));
    expect(a.slice(group)).toContain(
      `<div class="finding not_applicable"><div class="t"><span class="not_applicable">不适用</span> 行政机关负责人出庭应诉`,
    );
    expect(a.slice(group)).toContain(
      `<div>${NA_REASON}</div><blockquote><span class="meta">第12行</span> ${NA_QUOTE}</blockquote>`,
    );
    expect(a.match(/litigation\.head-appearance-rate/g)).toHaveLength(1);
    expect(a).toContain('通过 3 项，不符合 1 项，未载明 0 项，不适用 1 项，豁免 0 项，规则错误 0 项');
    expect(section(4)).toContain(`<div class="meta">${EVENT_ZH}</div>`);
  });

  it('speaks English', () => {
    const page = renderHtmlPage(batch(), 'en');
    expect(page).toContain('<h3>Returned for resubmission</h3>');
    expect(page).toContain('Score (provisional): <b>50 / 60</b>');
    expect(page).toContain('<h3>Not applicable (not scored)</h3>');
    expect(page).toContain('甲县司法局 (judicial bureau) 2024</h2>');
  });
});

describe('csv', () => {
  it('summary.csv has role, 退回重报 and 不适用项数 columns, in rank order', async () => {
    const [summary, findings] = await batchFiles('csv', batch(), zh);
    const lines = String(summary!.data).slice(1).split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      '排名,单位,角色,地区,年度,得分,满分,得分率,等级,一票否决,退回重报,不符合项数,不适用项数,报告结构,行政应诉,行政复议,报告公开,行政执法,文件,原因',
      '1,甲县司法局,司法局,甲县,2024,40,50,80,良好,否,否,1,1,0,0,0,40,0,reports/a.yaml,',
      '2,丙市司法局,,丙市,2024,35,50,70,合格,否,否,1,0,0,10,0,25,0,reports/d.yaml,',
      '3,某县司法局,司法局,某县,2023,50,60,83.3,良好,否,是,2,0,0,10,0,40,0,reports/b.yaml,',
      '4,乙区人民政府,政府,乙区,2024,60,60,100,不合格,是,否,1,0,0,10,10,40,0,reports/c.yaml,',
    ]);
    // findings.csv: every non-passing finding as today; per report a failed gate first, 不适用 last with its reason
    expect(String(findings!.data).slice(1).split('\r\n')).toEqual([
      '单位,规则编号,规则,类别,状态,重要程度,得分,分值,问题,原文,行,整改建议,事件来源,文件',
      '甲县司法局,review.correction-rate,行政复议纠错,review,不符合,一般,0,10,行政复议纠错率未达到要求,,,,,reports/a.yaml',
      `甲县司法局,litigation.head-appearance-rate,行政机关负责人出庭应诉,litigation,不适用,重要,0,0,${NA_REASON},${NA_QUOTE},12,,,reports/a.yaml`,
      '丙市司法局,review.correction-rate,行政复议纠错,review,未载明,一般,0,0,报告未载明行政复议纠错率,,,,,reports/d.yaml',
      '丙市司法局,disclosure.published,报告公开,disclosure,不符合,一般,25,40,政府信息公开不完整,,,,,reports/d.yaml',
      `某县司法局,structure.document-type,报告类型,structure,不符合（退回重报）,重要,0,0,${GATE_MESSAGE},${GATE_QUOTE},1,请报送法治政府建设年度报告,,reports/b.yaml`,
      '某县司法局,review.correction-rate,行政复议纠错,review,未载明,一般,0,10,报告未载明行政复议纠错率,,,,,reports/b.yaml',
      `乙区人民政府,enforcement.major-violation,重大行政执法过错,enforcement,不符合,重要,0,0,本年度发生重大行政执法过错案件，一票否决,,,,${EVENT.id} ${EVENT.source},reports/c.yaml`,
      '',
    ]);
  });

  it('English headers and labels', async () => {
    const [summary, findings] = await batchFiles('csv', batch(), en);
    const head = String(summary!.data).slice(1).split('\r\n')[0];
    expect(head).toBe(
      'Rank,Authority,Role,Region,Year,Score,Max,Percent,Grade,Vetoed,Returned for resubmission,Shortfalls,Not applicable,报告结构,行政应诉,行政复议,报告公开,行政执法,File,Reason',
    );
    expect(String(summary!.data)).toContain('\r\n3,某县司法局,judicial bureau,某县,2023,50,60,83.3,良好,no,yes,2,0,');
    expect(String(findings!.data)).toContain(
      ',structure.document-type,报告类型,structure,fail (Returned for resubmission),error,',
    );
    expect(String(findings!.data)).toContain(
      ',litigation.head-appearance-rate,行政机关负责人出庭应诉,litigation,not applicable,error,',
    );
  });
});

describe('xlsx', () => {
  it('汇总 has role, 退回重报 (red when 是) and 不适用项数; 问题清单 lists the gate first and 不适用 last', async () => {
    const [file] = await batchFiles('xlsx', batch(), zh);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file!.data as Buffer as never);
    const s = wb.getWorksheet('汇总')!;
    expect((s.getRow(1).values as unknown[]).slice(1, 14)).toEqual([
      '排名',
      '单位',
      '角色',
      '地区',
      '年度',
      '得分',
      '满分',
      '得分率',
      '等级',
      '一票否决',
      '退回重报',
      '不符合项数',
      '不适用项数',
    ]);
    expect((s.getRow(2).values as unknown[]).slice(1, 14)).toEqual([
      1,
      '甲县司法局',
      '司法局',
      '甲县',
      2024,
      40,
      50,
      0.8,
      '良好',
      '否',
      '否',
      1,
      1,
    ]);
    expect((s.getRow(4).values as unknown[]).slice(1, 14)).toEqual([
      3,
      '某县司法局',
      '司法局',
      '某县',
      2023,
      50,
      60,
      0.833,
      '良好',
      '否',
      '是',
      2,
      0,
    ]);
    expect(s.getCell('K4').font).toMatchObject({ bold: true, color: { argb: 'FF9C0006' } });
    expect(s.getCell('J5').font).toMatchObject({ bold: true, color: { argb: 'FF9C0006' } });
    const q = wb.getWorksheet('问题清单')!;
    const rows = q
      .getSheetValues()
      .slice(2)
      .map((r) => [(r as unknown[])[2], (r as unknown[])[3], (r as unknown[])[5]]);
    expect(rows).toEqual([
      ['甲县司法局', 'review.correction-rate', '不符合'],
      ['甲县司法局', 'litigation.head-appearance-rate', '不适用'],
      ['丙市司法局', 'review.correction-rate', '未载明'],
      ['丙市司法局', 'disclosure.published', '不符合'],
      ['某县司法局', 'structure.document-type', '不符合（退回重报）'],
      ['某县司法局', 'review.correction-rate', '未载明'],
      ['乙区人民政府', 'enforcement.major-violation', '不符合'],
    ]);
    expect(q.getRow(1).getCell(13).value).toBe('事件来源');
    expect(q.getRow(8).getCell(13).value).toBe(`${EVENT.id} ${EVENT.source}`);
  });
});

describe('junit', () => {
  const xml = renderJunit(rankAssessments(ALL), zh);

  it('not_applicable is skipped with its reason; a failed gate is a failure whose message starts with 退回重报', () => {
    expect(xml).toContain(
      `<testcase classname="test.litigation" name="litigation.head-appearance-rate 行政机关负责人出庭应诉" file="reports/a.yaml">\n      <skipped message="不适用：${NA_REASON}"/>\n    </testcase>`,
    );
    expect(xml).toContain(
      `<failure message="退回重报：${GATE_MESSAGE}" type="不符合">退回重报：${GATE_MESSAGE}\n1: ${GATE_QUOTE}\n`,
    );
    expect(xml).toContain(`${EVENT_ZH}</failure>`);
    // A: review fails, litigation skipped; B: gate + missing (10 points) fail; C: veto; D: disclosure fails, review (0 points) skipped
    expect(xml).toContain('<testsuites name="fazhi" tests="20" failures="5" errors="0" skipped="2">');
    expect(xml).toContain(
      '<testsuite name="甲县司法局（司法局） 2024年度" tests="5" failures="1" errors="0" skipped="1" file="reports/a.yaml">',
    );
    expect(xml).toContain(
      '<testsuite name="某县司法局（司法局） 2023年度" tests="5" failures="2" errors="0" skipped="0" file="reports/b.yaml">',
    );
    expect(xml.match(/<property name="returned" value="true"\/>/g)).toHaveLength(1);
  });

  it('in English', () => {
    const out = renderJunit([A, B], en);
    expect(out).toContain(`<skipped message="not applicable: ${NA_REASON}"/>`);
    expect(out).toContain(`<failure message="Returned for resubmission: ${GATE_MESSAGE}" type="fail">`);
  });
});

describe('sarif', () => {
  const require = createRequire(import.meta.url);
  const schemaFile = join(
    dirname(require.resolve('@microsoft/jest-sarif/package.json')),
    'lib/schemas/sarif-2.1.0-rtm.5.json',
  );
  const Ajv = AjvDraft04 as unknown as typeof AjvDraft04.default;
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(
    JSON.parse(readFileSync(schemaFile, 'utf8')),
  );
  type Result = {
    ruleId: string;
    kind: string;
    level: string;
    message: { text: string };
    locations: {
      physicalLocation: {
        artifactLocation: { uri: string };
        region?: { startLine: number; snippet: { text: string } };
      };
    }[];
    properties: Record<string, unknown>;
  };
  const results = (assessments: Assessment[]) => JSON.parse(renderSarif(assessments, zh)).runs[0].results as Result[];
  const find = (rs: Result[], file: string, ruleId: string) =>
    rs.find((r) => r.ruleId === ruleId && r.locations[0]!.physicalLocation.artifactLocation.uri === file)!;

  it('validates against SARIF 2.1.0: not_applicable is kind notApplicable with level none, a failed gate is an error', () => {
    const log = JSON.parse(renderSarif(rankAssessments(ALL), zh));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(
      validate({
        ...log,
        runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], kind: 'not_applicable' }] }],
      }),
    ).toBe(false);
    const rs = log.runs[0].results as Result[];
    const na = find(rs, 'reports/a.yaml', 'litigation.head-appearance-rate');
    expect(na).toMatchObject({ kind: 'notApplicable', level: 'none', message: { text: `不适用：${NA_REASON}` } });
    expect(na.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 12, snippet: { text: NA_QUOTE } });
    const gate = find(rs, 'reports/b.yaml', 'structure.document-type');
    expect(gate).toMatchObject({
      kind: 'fail',
      level: 'error',
      message: { text: `退回重报：${GATE_MESSAGE}` },
      properties: { gate: true },
    });
    // a missing fact that costs nothing is informational, and SARIF §3.27.10 then requires level none
    expect(find(rs, 'reports/d.yaml', 'review.correction-rate')).toMatchObject({
      kind: 'informational',
      level: 'none',
    });
    expect(find(rs, 'reports/c.yaml', 'enforcement.major-violation').properties.events).toEqual([EVENT]);
    const b = log.runs[0].properties.reports.find((r: { file: string }) => r.file === 'reports/b.yaml');
    expect(b).toMatchObject({ returned: true, returnedBy: ['structure.document-type'], role: 'judicial_bureau' });
  });

  it('a failed gate is an error whatever the rule severity', () => {
    const mild: Assessment = {
      ...B,
      findings: B.findings.map((f) => (f.gate ? { ...f, severity: 'info' as const } : f)),
    };
    expect(find(results([mild]), 'reports/b.yaml', 'structure.document-type').level).toBe('error');
  });
});

describe('batch.json', () => {
  it('carries returned, returnedBy, role, events and not_applicable, and validates against batch.schema.json', async () => {
    const b = batch();
    const text = [...batchJsonChunks(b)].join('');
    expect(text).toBe(`${JSON.stringify(b, null, 2)}\n`);
    const parsed = JSON.parse(text);
    expect(parsed.assessments.map((a: Assessment) => [a.report.file, a.returned])).toEqual([
      ['reports/a.yaml', false],
      ['reports/d.yaml', false],
      ['reports/b.yaml', true],
      ['reports/c.yaml', false],
    ]);
    expect(parsed.assessments[2]).toMatchObject({
      returnedBy: ['structure.document-type'],
      report: { role: 'judicial_bureau' },
    });
    expect(parsed.assessments[0].counts.not_applicable).toBe(1);
    expect(parsed.assessments[3].findings[3].events).toEqual([EVENT]);
    const Ajv2020 = ajv2020.default as unknown as typeof ajv2020.Ajv2020;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema(JSON.parse(readFileSync('schemas/assessment.schema.json', 'utf8')));
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/batch.schema.json', 'utf8')));
    expect(validate(parsed), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});

describe('--compare', () => {
  const last = (a: Assessment, changes: Record<string, Assessment['findings'][number]['status']>) => ({
    assessments: [
      { ...a, findings: a.findings.map((f) => (changes[f.ruleId] ? { ...f, status: changes[f.ruleId]! } : f)) },
    ],
  });

  it('a rule not applicable last year is not newly failing this year', () => {
    // this year A fails review.correction-rate; last year it did not apply
    const [row] = compareWithPrevious([A], last(A, { 'review.correction-rate': 'not_applicable' }));
    expect(row!.newlyFailing).toEqual([]);
    // control: last year it passed → newly failing
    expect(compareWithPrevious([A], last(A, { 'review.correction-rate': 'pass' }))[0]!.newlyFailing).toEqual([
      'review.correction-rate',
    ]);
  });

  it('a rule not applicable this year is not fixed', () => {
    // this year A's litigation rule does not apply; last year it failed
    const [row] = compareWithPrevious([A], last(A, { 'litigation.head-appearance-rate': 'fail' }));
    expect(row!.fixed).toEqual([]);
    // control: D's litigation failed last year and passes now → fixed
    expect(compareWithPrevious([D], last(D, { 'litigation.head-appearance-rate': 'fail' }))[0]!.fixed).toEqual([
      'litigation.head-appearance-rate',
    ]);
  });
});
