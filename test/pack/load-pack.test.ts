import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pack/load-pack.js';
import { ProblemError } from '../../src/problems/problem.js';
import { formatProblem } from '../../src/problems/format.js';
import { fillTemplate } from '../../src/pack/template.js';
import { tempPack } from '../helpers/temp-pack.js';

/** The problems a pack load reports, as the lines a user sees, with the temp dir cut off. */
function problemsOf(dir: string, lang: 'zh' | 'en' = 'en'): string[] {
  try {
    loadPack(dir);
  } catch (e) {
    if (e instanceof ProblemError) return e.problems.map((p) => formatProblem(p, lang).replace(/^.*\/pack\//, ''));
    throw e;
  }
  return [];
}

describe('the national pack', () => {
  const pack = loadPack('national');

  it('loads clean, with the rule ids other tooling depends on', () => {
    const ids = pack.rules.map((r) => r.rule.id);
    for (const id of [
      'structure.measures-and-results',
      'structure.shortcomings',
      'structure.leadership-duty',
      'structure.next-year-plan',
      'structure.document-type',
      'structure.full-year',
      'accountability.own-statement-of-law',
      'accountability.statement-of-law-coverage',
      'litigation.head-appearance-rate',
      'reconsideration.corrected-acts',
      'consistency.mediation-success-rate',
      'consistency.reconsideration-correction-rate',
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids.length).toBeGreaterThanOrEqual(25);
  });

  it('spreads its rules over every category; each role has its own maximum (共性 94 + its 个性 points)', () => {
    const categories = new Set(pack.rules.map((r) => r.rule.category));
    expect([...categories].sort()).toEqual(pack.manifest.categories.map((c) => c.id).sort());
    const maximum = (role: string) =>
      pack.rules
        .filter((r) => !r.rule.appliesTo || r.rule.appliesTo.includes(role as never))
        .reduce((s, r) => s + r.rule.points, 0);
    expect(maximum('government')).toBe(94 + 6); // 述法覆盖 4, 败诉情况 2
    expect(maximum('judicial_bureau')).toBe(94 + 12); // + 法律明白人 1, 法律援助 3, 报送 2
    expect(maximum('department')).toBe(94 + 10); // 被纠错 4, 败诉 4, 报送 2
    expect(maximum('township')).toBe(94 + 11); // + 法律明白人 1
  });

  it('keeps 法律援助, 调解 and 法律明白人 out of a department score', () => {
    const forDepartment = pack.rules
      .filter((r) => !r.rule.appliesTo || r.rule.appliesTo.includes('department'))
      .map((r) => r.rule.id);
    expect(forDepartment).not.toContain('legal_services.legal-aid');
    expect(forDepartment).not.toContain('legal_services.mediation-success-rate');
    expect(forDepartment).not.toContain('publicity.legal-understanders');
  });

  it('gives every rule a basis and every scored rule a remedy', () => {
    for (const { rule } of pack.rules) {
      expect(rule.basis, rule.id).toBeTruthy();
      if (rule.points > 0) expect(rule.remedy, rule.id).toBeTruthy();
    }
  });

  it('orders derived facts after their inputs', () => {
    const order = pack.derived.map((d) => d.id);
    expect(order.indexOf('mediationSuccessRateComputed')).toBeLessThan(order.indexOf('mediationSuccessRateGap'));
  });
});

describe('pack mistakes an auditor makes', () => {
  const swap = (from: string, to: string) => (text: string) => text.replace(from, to);
  it.each([
    {
      mistake: 'YAML syntax error',
      edits: { 'checklist.yaml': swap('    points: 7\n', '    points: [7\n') },
      expected: /^checklist\.yaml:\d+:\d+: YAML syntax error: /,
    },
    {
      mistake: 'unknown fact id in a rule',
      edits: {
        'checklist.yaml': swap('fact: headAppearanceRateEffective, target', 'fact: headAppearanceRateEfective, target'),
      },
      expected:
        /^checklist\.yaml:\d+:\d+: unknown fact "headAppearanceRateEfective"; did you mean "headAppearanceRateEffective"\?$/,
    },
    {
      mistake: 'unknown fact id in a condition',
      edits: {
        'checklist.yaml': swap(
          '{ fact: statementOfLaw, operator: equal, value: full }',
          '{ fact: statementOfLow, operator: equal, value: full }',
        ),
      },
      expected: /^checklist\.yaml:\d+:\d+: unknown fact "statementOfLow"; did you mean "statementOfLaw"\?$/,
    },
    {
      mistake: 'unknown operator',
      edits: {
        'checklist.yaml': swap(
          'operator: greaterThanInclusive, value: 100 }',
          'operator: greaterThanOrEqual, value: 100 }',
        ),
      },
      expected: /^checklist\.yaml:\d+:\d+: unknown operator "greaterThanOrEqual"/,
    },
    {
      mistake: 'duplicate rule id',
      edits: { 'checklist.yaml': swap('id: structure.shortcomings', 'id: structure.measures-and-results') },
      expected:
        /^checklist\.yaml:\d+:\d+: duplicate rule id "structure\.measures-and-results" \(first at line \d+\); ids must be unique$/,
    },
    {
      mistake: 'unknown category',
      edits: { 'checklist.yaml': swap('category: litigation\n', 'category: litigaton\n') },
      expected: /^checklist\.yaml:\d+:\d+: unknown category "litigaton"; categories: structure, /,
    },
    {
      mistake: 'unknown section in a condition',
      edits: { 'checklist.yaml': swap('value: shortcomings }', 'value: shortcoming }') },
      expected: /^checklist\.yaml:\d+:\d+: unknown section "shortcoming"; sections: measures_and_results, /,
    },
    {
      mistake: 'a misspelt rule field',
      edits: { 'checklist.yaml': swap('    remedy: 单列一部分，如实写明', '    remedey: 单列一部分，如实写明') },
      expected: /^checklist\.yaml:\d+:5: unknown field "remedey"; did you mean "remedy"\?$/,
    },
    {
      mistake: 'a message naming a fact the rule does not read',
      edits: {
        'checklist.yaml': swap(
          '行政规范性文件报备率为{{normativeDocumentFilingRate}}%',
          '行政规范性文件报备率为{{majorDecisionLegalReviewRate}}%',
        ),
      },
      expected:
        /^checklist\.yaml:\d+:\d+: \{\{majorDecisionLegalReviewRate\}\} in the message is not a fact this rule uses; available: normativeDocumentFilingRate, points, maxPoints$/,
    },
    {
      mistake: 'a tier message naming a fact the rule does not read',
      edits: {
        'checklist.yaml': swap('但应出庭案件为{{headAppearanceRequired}}件', '但应出庭案件为{{litigationCases}}件'),
      },
      expected:
        /^checklist\.yaml:\d+:\d+: \{\{litigationCases\}\} in the message is not a fact this rule uses; available: headAppearanceRateGap, headAppearanceRate, headAppearanceRateComputed, headAppearanceCases, headAppearanceRequired, headAppearanceRateZeroBase, points, maxPoints$/,
    },
    {
      mistake: 'a single condition not wrapped in all/any',
      edits: {
        'checklist.yaml': swap(
          'when:\n      all:\n        - { fact: lawPopularizationResponsibility, operator: equal, value: true }',
          'when: { fact: lawPopularizationResponsibility, operator: equal, value: true }',
        ),
      },
      expected:
        /^checklist\.yaml:\d+:\d+: malformed condition: a top-level condition must be all, any, not or condition/,
    },
    {
      mistake: 'an enum value the fact does not have',
      edits: {
        'checklist.yaml': swap(
          '{ fact: statementOfLaw, operator: equal, value: full }',
          '{ fact: statementOfLaw, operator: equal, value: complete }',
        ),
      },
      expected:
        /^checklist\.yaml:\d+:\d+: fact "statementOfLaw" has no value "complete"; values: full, partial, held, none$/,
    },
    {
      mistake: 'a tier worth more than the rule',
      edits: {
        'checklist.yaml': swap(
          '      - label: 组织述法但未实现或未载明全覆盖\n        points: 2',
          '      - label: 组织述法但未实现或未载明全覆盖\n        points: 9',
        ),
      },
      expected: /^checklist\.yaml:\d+:\d+: tier points 9 exceed the rule's points 4$/,
    },
    {
      mistake: 'tiers in the wrong order, so one can never match',
      edits: {
        'checklist.yaml': swap(
          '            - { fact: leadershipLawStudySessions, operator: greaterThanInclusive, value: 4 }',
          '            - { fact: leadershipLawStudySessions, operator: greaterThanInclusive, value: 0 }',
        ),
      },
      expected:
        /^checklist\.yaml:\d+:\d+: tier 2 can never be chosen: every report meeting it meets tier 1 first; put the stricter tier first$/,
    },
    {
      mistake: 'an empty all, which json-rules-engine reads as always true',
      edits: {
        'checklist.yaml': swap(
          '    when:\n      all:\n        - { fact: lawPopularizationResponsibility, operator: equal, value: true }',
          '    when:\n      all: []',
        ),
      },
      expected:
        /^checklist\.yaml:\d+:\d+: malformed condition: all: \[\] lists no condition \(it always holds\); list conditions or remove it$/,
    },
    {
      mistake: 'a typo in a metadata path, which would make a stated date look unstated',
      edits: { 'checklist.yaml': swap('path: $.publishedOn,', 'path: $.publishedOnn,') },
      expected:
        /^checklist\.yaml:\d+:\d+: malformed condition: report metadata has no field "\$\.publishedOnn"; did you mean "\$\.publishedOn"\?; fields: authority, /,
    },
    {
      mistake: 'a path on a fact that is a number',
      edits: {
        'checklist.yaml': swap(
          '- { fact: legalAidCases, operator: greaterThan, value: 0 }',
          '- { fact: legalAidCases, path: $.total, operator: greaterThan, value: 0 }',
        ),
      },
      expected:
        /^checklist\.yaml:\d+:\d+: malformed condition: fact "legalAidCases" is a count, not an object: it takes no path; remove the path$/,
    },
    {
      mistake: 'a string compared with a percentage, which never matches',
      edits: {
        'checklist.yaml': swap(
          '{ fact: normativeDocumentFilingRate, operator: greaterThanInclusive, value: 100 }',
          '{ fact: normativeDocumentFilingRate, operator: greaterThanInclusive, value: "100" }',
        ),
      },
      expected:
        /^checklist\.yaml:\d+:\d+: malformed condition: fact "normativeDocumentFilingRate" is a percent: comparing it with "100" can never hold; write a number, e\.g\. 100$/,
    },
    {
      mistake: 'a single value for in',
      edits: {
        'checklist.yaml': swap(
          '{ fact: statementOfLaw, operator: in, value: [partial, held] }',
          '{ fact: statementOfLaw, operator: in, value: partial }',
        ),
      },
      expected: /^checklist\.yaml:\d+:\d+: malformed condition: operator in takes a list as value, e\.g\. \[a, b\]$/,
    },
    {
      mistake: 'a checklist with no rules, which grades every report 0 of 0',
      edits: { 'checklist.yaml': (t: string) => t.replace(/\nrules:\n[\s\S]*$/, '\nrules: []\n') },
      expected:
        /^checklist\.yaml:\d+:\d+: the pack has no enabled rule: every report would score 0 of 0; add rules under rules in checklist\.yaml$/,
    },
    {
      mistake: 'a derived fact from an unknown fact',
      edits: {
        'facts.yaml': swap('of: [mediationSucceeded, mediationAccepted]', 'of: [mediationSucceded, mediationAccepted]'),
      },
      expected: /^facts\.yaml:\d+:\d+: unknown fact "mediationSucceded"/,
    },
    {
      mistake: 'a misspelt count that implies an activity held',
      edits: {
        'facts.yaml': swap('impliedBy: [lawPopularizationEvents]', 'impliedBy: [lawPopularisationEvents]'),
      },
      expected: /^facts\.yaml:\d+:\d+: unknown fact "lawPopularisationEvents"/,
    },
    {
      mistake: 'cues that count only in an item on a topic, with no topics given',
      edits: {
        'facts.yaml': swap(' topics: [普法, 法治宣传, 法律宣传, 法宣传, 法规宣传, 法治教育],', ''),
      },
      expected:
        /^facts\.yaml:\d+:\d+: topicCues count only beside topics, which this fact does not give; add topics or remove topicCues$/,
    },
    {
      mistake: 'context cues with no context words',
      edits: {
        'facts.yaml': swap(', context: [审核, 审查],', ','),
      },
      expected:
        /^facts\.yaml:\d+:\d+: contextCues count only beside context, which this fact does not give; add context or remove contextCues$/,
    },
    {
      mistake: 'a misspelt count whose cases all are the fact (allOf)',
      edits: {
        'facts.yaml': swap('allOf: { of: litigationCases,', 'allOf: { of: litigationCase,'),
      },
      expected: /^facts\.yaml:\d+:\d+: unknown fact "litigationCase"/,
    },
    {
      mistake: 'a misspelt count among several whose cases all are the fact (allOf)',
      edits: {
        'facts.yaml': swap(
          'allOf: { of: [headAppearanceRequired, litigationCases],',
          'allOf: { of: [headAppearanceRequird, litigationCases],',
        ),
      },
      expected: /^facts\.yaml:\d+:\d+: unknown fact "headAppearanceRequird"/,
    },
    {
      mistake: 'a rate as the count of one case (oneCase)',
      edits: {
        'facts.yaml': swap('oneCase: { of: majorDecisions,', 'oneCase: { of: majorDecisionLegalReviewRate,'),
      },
      expected:
        /^facts\.yaml:\d+:\d+: oneCase\.of: "majorDecisionLegalReviewRate" is a percent fact where a count fact belongs; change it$/,
    },
    {
      mistake: 'a rate where a count implies an activity held',
      edits: {
        'facts.yaml': swap('impliedBy: [enforcementFilesReviewed]', 'impliedBy: [headAppearanceRate]'),
      },
      expected:
        /^facts\.yaml:\d+:\d+: impliedBy: "headAppearanceRate" is a percent fact where a count fact belongs; change it$/,
    },
    {
      mistake: 'a coverage rate naming a count',
      edits: {
        'facts.yaml': swap('coverage: { rate: statementOfLawCoverageRate,', 'coverage: { rate: legalAidCases,'),
      },
      expected:
        /^facts\.yaml:\d+:\d+: coverage\.rate: "legalAidCases" is a count fact where a percent fact belongs; change it$/,
    },
    {
      mistake: 'a share of three facts',
      edits: {
        'facts.yaml': swap(
          'op: share, of: [mediationSucceeded, mediationAccepted]',
          'op: share, of: [mediationSucceeded, mediationAccepted, legalAidCases]',
        ),
      },
      expected: /^facts\.yaml:\d+:\d+: derived fact op share has wrong inputs: of must list exactly 2 fact\(s\)$/,
    },
    {
      mistake: 'grades out of order',
      edits: { 'pack.yaml': swap('min: 90 }', 'min: 70 }') },
      expected: /^pack\.yaml:\d+:\d+: grades must run from the highest threshold down, the last one at 0$/,
    },
    {
      mistake: 'a wrong type',
      edits: { 'checklist.yaml': swap('    points: 7\n', '    points: seven\n') },
      expected: /^checklist\.yaml:\d+:13: wrong type: expected number, found string$/,
    },
  ])('$mistake', ({ edits, expected }) => {
    const problems = problemsOf(tempPack(edits));
    expect(problems.length, problems.join('\n')).toBeGreaterThanOrEqual(1);
    expect(problems[0]).toMatch(expected);
  });

  it('points at the exact line and column of an unknown fact', () => {
    const dir = tempPack({
      'checklist.yaml': (t) =>
        t.replace('fact: headAppearanceRateEffective, target', 'fact: headApearanceRateEffective, target'),
    });
    const lines = problemsOf(dir);
    const text = readFileSync(`${dir}/checklist.yaml`, 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('headApearanceRateEffective')) + 1;
    const column = text[line - 1]!.indexOf('headApearanceRateEffective') + 1;
    expect(lines).toEqual([
      `checklist.yaml:${line}:${column}: unknown fact "headApearanceRateEffective"; did you mean "headAppearanceRateEffective"?`,
    ]);
  });

  it('speaks Chinese by default', () => {
    const dir = tempPack({ 'checklist.yaml': (t) => t.replace('category: litigation\n', 'category: litigaton\n') });
    expect(problemsOf(dir, 'zh')[0]).toMatch(/^checklist\.yaml:\d+:\d+: 未定义的分类“litigaton”；可用分类：structure/);
  });

  it('reports a pack directory without its files', () => {
    const dir = tempPack();
    rmSync(`${dir}/facts.yaml`);
    expect(problemsOf(dir)).toEqual([
      'facts.yaml: the pack has no facts.yaml; a pack needs pack.yaml, facts.yaml, sections.yaml and checklist.yaml',
    ]);
  });
});

describe('reserved fact ids', () => {
  // facts.yaml opens with three comment lines and `facts:` on line 4: an entry added right after it is line 5,
  // and in `  - { id: report, …` the id's value starts at column 11.
  const first = (entry: string) => ({
    'facts.yaml': (t: string) => t.replace('\nfacts:\n', `\nfacts:\n  - ${entry}\n`),
  });

  it('names the line and column of a built-in id and says it is reserved, not a duplicate "at line 0"', () => {
    expect(problemsOf(tempPack(first('{ id: report, label: 报告, type: text }')))).toEqual([
      'facts.yaml:5:11: fact id "report" is reserved (a built-in fact: report is the metadata, sections the parts found) and cannot be defined; choose another id',
    ]);
    expect(problemsOf(tempPack(first('{ id: sections, label: 部分, type: text }')), 'zh')).toEqual([
      'facts.yaml:5:11: 事实 id“sections”是保留名（内置事实：report 为报告元数据，sections 为找到的报告部分），不能再定义；请改用其他 id',
    ]);
  });

  it('refuses a name an object carries from its prototype', () => {
    expect(problemsOf(tempPack(first('{ id: constructor, label: 构造, type: count }')))).toEqual([
      'facts.yaml:5:11: fact id "constructor" is reserved (a built-in property name of JavaScript objects, which would be taken for the object\'s own machinery) and cannot be defined; choose another id',
    ]);
  });

  it('refuses a derived fact named like a template parameter, at its own line', () => {
    // appended as the last entry of derived:, so its line is the file's last
    const dir = tempPack({
      'facts.yaml': (t) => `${t}  - { id: points, label: 得分, op: abs, of: [legalAidCases] }\n`,
    });
    const line = readFileSync(`${dir}/facts.yaml`, 'utf8').trimEnd().split('\n').length;
    expect(problemsOf(dir)).toEqual([
      `facts.yaml:${line}:11: fact id "points" is reserved (a message template parameter: {{points}} is the points earned, {{maxPoints}} the points at stake) and cannot be defined; choose another id`,
    ]);
  });

  it('still calls a repeated id a duplicate, naming the first line', () => {
    expect(problemsOf(tempPack(first('{ id: legalAidCases, label: 法律援助, type: count }')), 'zh')[0]).toMatch(
      /^facts\.yaml:\d+:11: 重复的事实 id“legalAidCases”（第一次出现在第 5 行）；每个 id 只能出现一次$/,
    );
  });
});

describe('message template placeholders', () => {
  const original = '    message: 行政规范性文件报备率为{{normativeDocumentFilingRate}}%，未达到100%';
  const lineOf = (dir: string, text: string) =>
    readFileSync(`${dir}/checklist.yaml`, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1;
  const allowed = 'available: normativeDocumentFilingRate, points, maxPoints';

  it('refuses {{__proto__}} at the placeholder itself, not as literal text', () => {
    const dir = tempPack({
      'checklist.yaml': (t) => t.replace(original, '    message: 行政规范性文件报备率为{{__proto__}}%，未达到100%'),
    });
    const line = lineOf(dir, '{{__proto__}}');
    // `    message: ` is 13 characters and 行政规范性文件报备率为 11 more: the placeholder starts at column 25
    expect(problemsOf(dir)).toEqual([
      `checklist.yaml:${line}:25: {{__proto__}} in the message is not a fact this rule uses; ${allowed}`,
    ]);
  });

  it('refuses {{constructor}} in a block scalar, each occurrence at its own line and column', () => {
    const block =
      '    message: |-\n      报备率为{{normativeDocumentFilingRate}}%\n      {{constructor}}与{{ constructor }}、{{constructor}}';
    const dir = tempPack({ 'checklist.yaml': (t) => t.replace(original, block) });
    const line = lineOf(dir, '{{constructor}}与');
    // six spaces of indentation; {{constructor}} is 15 characters, 与 one, {{ constructor }} 17, 、 one
    expect(problemsOf(dir, 'zh')).toEqual([
      `checklist.yaml:${line}:7: 消息模板中的 {{constructor}} 不是本规则用到的事实；可用：normativeDocumentFilingRate, points, maxPoints`,
      `checklist.yaml:${line}:23: 消息模板中的 {{constructor}} 不是本规则用到的事实；可用：normativeDocumentFilingRate, points, maxPoints`,
      `checklist.yaml:${line}:41: 消息模板中的 {{constructor}} 不是本规则用到的事实；可用：normativeDocumentFilingRate, points, maxPoints`,
    ]);
  });

  it('refuses a placeholder in a notApplicable message that is not one of its facts', () => {
    const dir = tempPack({
      'checklist.yaml': (t) =>
        t.replace(
          '      message: 报告载明本年度未制定行政规范性文件，本项不适用',
          '      message: 报告载明本年度未制定行政规范性文件{{hasOwnProperty}}，本项不适用',
        ),
    });
    const line = lineOf(dir, '{{hasOwnProperty}}');
    // `      message: ` is 15 characters and 报告载明本年度未制定行政规范性文件 17 more
    expect(problemsOf(dir)).toEqual([
      `checklist.yaml:${line}:33: {{hasOwnProperty}} in the message is not a fact this rule uses; available: normativeDocumentsIssued, points, maxPoints`,
    ]);
  });
});

describe('filling a message template', () => {
  it('reads only the values given, never an object prototype', () => {
    expect(fillTemplate('{{constructor}}|{{toString}}|{{valueOf}}|{{points}}', { points: 2 })).toBe(
      '〈未载明〉|〈未载明〉|〈未载明〉|2',
    );
  });
});
