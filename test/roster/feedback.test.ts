import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { reportYaml, rosterPack, tempDir, writeXlsx } from './fixtures.js';

/**
 * `fazhi batch --roster … --format feedback`: one 反馈意见 document per roster unit, read back with
 * mammoth. The pack is fixtures.ts's, with a 整改建议 and a 依据 on each rule (below). A department
 * or a township has 70 points at stake (basics.meetings 10, its role's duty 20, the two deadlines
 * 10 each, the veto and the deduction 10 each, events being recorded), the government 50.
 *
 *   市场监督管理局  2 meetings, quoted: 部门每季度专题研究 fails — 10+0+10+10+10+10 = 50 of 70 = 71.4% 合格
 *   教育局          published 2025-04-15 per the roster: 按期公开 fails — 60 of 70 = 85.7% 良好
 *   财政局          everything passes: 70 of 70 = 100% 优秀, no shortfall
 *   公安局          a veto event: 未发生一票否决事项 fails, vetoed
 *   卫生健康委员会  one deduction event: 5 of 10 on 未被通报 — 65 of 70 = 92.9% 优秀
 *   住建局/人防办, 住建局:人防办   nothing sent: 未报送, 不合格; both names make 青禾县住建局_人防办
 *   城关镇          no meetings stated (looked for 专题研究法治, 法治专题会议): 专题研究法治建设 and
 *                   乡镇专题研究 未载明 — 0+0+10+10+10+10 = 40 of 70 = 57.1% 不合格
 *   河口镇, 东街街道, 西山乡   1 meeting: 70 of 70
 *   人民政府        1 meeting: 50 of 50
 * and 水利局, not on the roster, sent a report, and so did someone who signed nothing (nameless.yaml):
 * listed by the round, no document.
 */
const ADVICE: Record<string, string> = {
  '    message: 未专题研究法治建设':
    '    remedy: 全年至少专题研究一次法治政府建设\n    basis: 《法治政府建设实施纲要（2021—2025年）》',
  '    message: 部门专题研究少于4次':
    '    remedy: 每季度至少专题研究一次法治建设，并在报告中写明次数\n    basis: 《党政主要负责人履行推进法治建设第一责任人职责规定》第五条',
  '    message: 乡镇未专题研究':
    '    remedy: 乡镇党委、政府每年至少专题研究一次法治建设\n    basis: 县委依法治县办评查通知',
  '    message: 公开日期晚于期限（{{publicationDeadline}}）':
    '    remedy: 每年3月31日前在政府门户网站公开年度报告\n    basis: 《法治政府建设与责任落实督察工作规定》第二十五条',
  '    message: 被通报（得{{points}}分）': '    remedy: 针对通报事项逐项整改\n    basis: 县委依法治县办考核办法',
  '    message: 发生一票否决事项': '    remedy: 严肃追责问责\n    basis: 县委依法治县办考核办法第九条',
};

function packWithAdvice(): string {
  const dir = rosterPack();
  const file = join(dir, 'checklist.yaml');
  let text = readFileSync(file, 'utf8');
  for (const [message, advice] of Object.entries(ADVICE)) {
    expect(text).toContain(message);
    text = text.replace(message, `${message}\n${advice}`);
  }
  writeFileSync(file, text);
  return dir;
}

const HEADER = ['单位名称', '别名', '主体类型', '年度', '报送日期', '公开日期'];
const ON_TIME = ['2025-02-25', '2025-03-10'];
const ROSTER: (string | number | undefined)[][] = [
  ['青禾县市场监督管理局', '县市场监管局', '部门', 2024, ...ON_TIME],
  ['青禾县教育局', undefined, '部门', 2024, '2025-02-25', '2025-04-15'],
  ['青禾县财政局', undefined, '部门', 2024, ...ON_TIME],
  ['青禾县公安局', undefined, '部门', 2024, ...ON_TIME],
  ['青禾县卫生健康委员会', '县卫健委', '部门', 2024, ...ON_TIME],
  ['青禾县住建局/人防办', undefined, '部门', 2024],
  ['青禾县住建局:人防办', undefined, '部门', 2024],
  ['青禾县城关镇人民政府', '城关镇', '乡镇', 2024, ...ON_TIME],
  ['青禾县河口镇人民政府', '河口镇', '乡镇', 2024, ...ON_TIME],
  ['青禾县东街街道办事处', '东街街道', '街道', 2024, ...ON_TIME],
  ['青禾县西山乡人民政府', '西山乡', '乡镇', 2024, ...ON_TIME],
  ['青禾县人民政府', undefined, '人民政府', 2024, ...ON_TIME],
];
const EVENTS = [
  ['单位名称', '事件编号', '规则', '日期', '来源'],
  ['青禾县公安局', '2024-督-01', 'accountability.veto', '2024-09-01', '青禾县委依法治县委员会督察通报〔2024〕5号'],
  ['青禾县卫生健康委员会', '2024-通-03', 'accountability.deduction', '2024-06-15', '市依法治市办通报〔2024〕2号'],
];

const MARKET = `report:
  authority: 县市场监管局
  year: 2024
sections: [measures_and_results]
facts:
  ruleOfLawMeetings: 2
evidence:
  ruleOfLawMeetings: { quote: 全年召开局党组会议专题研究法治建设2次, line: 7, column: 3 }
`;
const CHENGGUAN = `report:
  authority: 青禾县城关镇人民政府
  year: 2024
sections: [measures_and_results]
facts: {}
unstated:
  - { fact: ruleOfLawMeetings, lookedFor: [专题研究法治, 法治专题会议] }
`;

let out: string;
let code: number;
let stdout: string;
let stderr: string;
let reports: string;
let pack: string;
const batchArgs = (into: string) => [
  'batch',
  reports,
  '--rules',
  pack,
  '--out',
  into,
  '--format',
  'feedback',
  '--as-of',
  '2025-06-01',
  '--quiet',
];

beforeAll(async () => {
  const dir = tempDir('fazhi-feedback-');
  const roster = await writeXlsx(join(dir, '名单.xlsx'), { 名单: [HEADER, ...ROSTER], 事件: EVENTS });
  reports = join(dir, 'reports');
  mkdirSync(reports);
  const write = (name: string, text: string) => writeFileSync(join(reports, name), text);
  write('market.yaml', MARKET);
  write('edu.yaml', reportYaml({ authority: '青禾县教育局', year: 2024, meetings: 4 }));
  write('finance.yaml', reportYaml({ authority: '青禾县财政局', year: 2024, meetings: 4 }));
  write('police.yaml', reportYaml({ authority: '青禾县公安局', year: 2024, meetings: 4 }));
  write('health.yaml', reportYaml({ authority: '县卫健委', year: 2024, meetings: 5 }));
  write('chengguan.yaml', CHENGGUAN);
  for (const [file, name] of [
    ['hekou', '河口镇'],
    ['dongjie', '东街街道'],
    ['xishan', '西山乡'],
    ['gov', '青禾县人民政府'],
  ])
    write(`${file}.yaml`, reportYaml({ authority: name, year: 2024, meetings: 1 }));
  write('water.yaml', reportYaml({ authority: '青禾县水利局', year: 2024, meetings: 4 }));
  write('nameless.yaml', reportYaml({ year: 2024, meetings: 4 }));
  out = join(dir, 'out');
  pack = packWithAdvice();
  // a document left by an earlier run for a unit no longer in the round: the new folder replaces the old whole
  mkdirSync(join(out, '反馈意见'), { recursive: true });
  writeFileSync(join(out, '反馈意见', '青禾县旧单位.docx'), 'last year');
  ({ code, stdout, stderr } = await runCli([...batchArgs(out), '--roster', roster]));
});

/** A unit's document as HTML (headings h1–h3, tables) and as plain text, read back with mammoth. */
async function read(unit: string) {
  const path = join(out, '反馈意见', `${unit}.docx`);
  const [html, text] = await Promise.all([mammoth.convertToHtml({ path }), mammoth.extractRawText({ path })]);
  const items = [...html.value.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1]);
  return { html: html.value, text: text.value, items };
}

describe('batch --roster --format feedback: 反馈意见/<unit>.docx', () => {
  it('writes one document per roster unit, the 未报送 ones included, and none for a report outside the roster', () => {
    expect(code, stderr).toBe(0);
    // the folder once, not a line per document
    expect(stdout.trim()).toBe(join(out, '反馈意见'));
    const names = ROSTER.map((r) => `${r[0]}.docx`).filter((n) => !n.includes('住建局'));
    // 住建局/人防办 and 住建局:人防办 both make 青禾县住建局_人防办: the first in roster order keeps it
    names.push('青禾县住建局_人防办.docx', '青禾县住建局_人防办 (2).docx');
    expect(readdirSync(join(out, '反馈意见')).sort()).toEqual(names.sort());
    expect(existsSync(join(out, '反馈意见', '青禾县旧单位.docx'))).toBe(false);
  });

  it('a unit with shortfalls: its title, score and grade, each shortfall with its quote, remedy and basis; passing rules not listed', async () => {
    const doc = await read('青禾县市场监督管理局');
    expect(doc.html).toContain('<h1>青禾县市场监督管理局2024年度法治政府建设年度报告评查反馈意见</h1>');
    expect(doc.text).toContain('得分：50 / 70（71.4%）');
    expect(doc.text).toContain('等级：合格');
    expect(doc.text).toContain('报告署名：县市场监管局');
    expect(doc.text).toContain('报告文件：market.yaml\n'); // its name, not the office's folders
    expect(doc.items).toEqual(['（一）部门每季度专题研究']);
    expect(doc.text).toContain('扣分：20分（不符合，得 0 / 20 分）');
    expect(doc.text).toContain('原文：“全年召开局党组会议专题研究法治建设2次”（第7行）');
    expect(doc.text).toContain('问题：部门专题研究少于4次');
    expect(doc.text).toContain('整改建议：每季度至少专题研究一次法治建设，并在报告中写明次数');
    expect(doc.text).toContain('依据：《党政主要负责人履行推进法治建设第一责任人职责规定》第五条');
    // the category table: 基本 10 of 30 (the township's duty does not apply to a department)
    expect(doc.html).toContain('<tr><td><p>基本</p></td><td><p>10</p></td><td><p>30</p></td></tr>');
    expect(doc.text).not.toContain('全年至少专题研究一次法治政府建设'); // the remedy of a rule that passed
  });

  it('a fact the report does not state: 未载明 with the words looked for', async () => {
    const doc = await read('青禾县城关镇人民政府');
    expect(doc.text).toContain('得分：40 / 70（57.1%）');
    expect(doc.text).toContain('等级：不合格');
    expect(doc.items).toEqual(['（一）专题研究法治建设', '（二）乡镇专题研究']);
    expect(doc.text).toContain('原文：未载明（查找的词：专题研究法治、法治专题会议）');
    expect(doc.text).toContain('整改建议：乡镇党委、政府每年至少专题研究一次法治建设');
  });

  it('a late publication, a veto and a deduction: the date, the event and its source in the shortfall', async () => {
    const edu = await read('青禾县教育局');
    expect(edu.text).toContain('得分：60 / 70（85.7%）');
    expect(edu.text).toContain('等级：良好');
    expect(edu.items).toEqual(['（一）按期公开']);
    expect(edu.text).toContain('原文：“2025-04-15”（取自名单 名单.xlsx:名单!F3）');
    const police = await read('青禾县公安局');
    expect(police.text).toContain('一票否决项：未发生一票否决事项');
    expect(police.items).toEqual(['（一）未发生一票否决事项']);
    expect(police.text).toContain('青禾县委依法治县委员会督察通报〔2024〕5号');
    const health = await read('青禾县卫生健康委员会');
    expect(health.text).toContain('得分：65 / 70（92.9%）');
    expect(health.text).toContain('扣分：5分（不符合，得 5 / 10 分）');
    expect(health.text).toContain('市依法治市办通报〔2024〕2号');
  });

  it('a unit that lost nothing says so; the government is scored on its own 50 points', async () => {
    const finance = await read('青禾县财政局');
    expect(finance.text).toContain('得分：70 / 70（100%）');
    expect(finance.items).toEqual([]);
    expect(finance.text).toContain('未发现扣分项目。');
    expect((await read('青禾县人民政府')).text).toContain('得分：50 / 50（100%）');
  });

  it('a 未报送 unit: its document says 未报送 with the grade the pack gives, under each of the two colliding names', async () => {
    for (const name of ['青禾县住建局_人防办', '青禾县住建局_人防办 (2)']) {
      const doc = await read(name);
      expect(doc.text).toContain('报送情况：未报送');
      expect(doc.text).toContain('等级：不合格');
      expect(doc.text).not.toContain('得分');
    }
    // which unit each file is for follows the roster's order
    expect((await read('青禾县住建局_人防办')).html).toContain(
      '<h1>青禾县住建局/人防办法治政府建设年度报告评查反馈意见</h1>',
    );
    expect((await read('青禾县住建局_人防办 (2)')).html).toContain(
      '<h1>青禾县住建局:人防办法治政府建设年度报告评查反馈意见</h1>',
    );
  });
});

describe('batch --format feedback without a roster', () => {
  it('writes one document per scored report, named by the authority it signs, else by its file name', async () => {
    const into = join(tempDir('fazhi-feedback-'), 'out');
    const run = await runCli(batchArgs(into));
    expect(run.code, run.stderr).toBe(0);
    const signed = ['县市场监管局', '青禾县教育局', '青禾县财政局', '青禾县公安局', '县卫健委', '青禾县城关镇人民政府'];
    const towns = ['河口镇', '东街街道', '西山乡', '青禾县人民政府', '青禾县水利局'];
    const names = [...signed, ...towns, 'nameless'].map((n) => `${n}.docx`);
    expect(readdirSync(join(into, '反馈意见')).sort()).toEqual(names.sort());
    const nameless = await mammoth.extractRawText({ path: join(into, '反馈意见', 'nameless.docx') });
    expect(nameless.value).toContain('nameless2024年度法治政府建设年度报告评查反馈意见');
  });
});

describe('check --format feedback', () => {
  it('is refused in one line that says to use batch, exit 2', async () => {
    const run = await runCli(['check', '--format', 'feedback', join(reports, 'edu.yaml'), '--rules', pack]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      "error: option '-f, --format <format>' argument 'feedback' is invalid. feedback is written by fazhi batch into a folder (one document per unit): fazhi batch <reports> --format feedback --out <folder>",
    ]);
  });
});
