import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../src/model/report.js';
import { lookedFor } from '../../src/score/finding-evidence.js';
import { notForRoleFinding, openFinding, passedFinding } from '../../src/score/finding-shapes.js';
import { loadPack } from '../../src/pack/load-pack.js';

const pack = loadPack('national');
const rule = pack.rules[0]!.rule;

describe('the shapes assess builds findings in', () => {
  it('gives every report the same frozen passed finding for a rule and its points', () => {
    const a = passedFinding(rule, { points: rule.points, passed: true });
    const b = passedFinding(rule, { points: rule.points, passed: true });
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as { points: number }).points = 0;
    }).toThrow(TypeError);
    // another number of points is another finding
    expect(passedFinding(rule, { points: rule.points + 1, passed: true }).points).toBe(rule.points + 1);
  });

  it('gives the reports of one role the same frozen finding for a rule not meant for it, in their language', () => {
    const town = pack.rules.find((r) => r.rule.appliesTo && !r.rule.appliesTo.includes('judicial_bureau'))!.rule;
    const zh = notForRoleFinding(town, 'judicial_bureau', 'zh');
    expect(notForRoleFinding(town, 'judicial_bureau', 'zh')).toBe(zh);
    expect(Object.isFrozen(zh)).toBe(true);
    expect(zh).toMatchObject({ ruleId: town.id, status: 'not_applicable', points: 0, maxPoints: 0 });
    expect(zh.message).toContain('不适用于司法局');
    expect(notForRoleFinding(town, 'judicial_bureau', 'en').message).not.toBe(zh.message);
    expect(zh.facts).toBeUndefined();
    expect(zh.evidence).toBeUndefined();
  });

  it('starts every other finding with each key in the order the JSON shows them, the tree only when given', () => {
    const keys = [
      'ruleId',
      'category',
      'title',
      'severity',
      'veto',
      'gate',
      'facts',
      'evidence',
      'basis',
      'status',
      'points',
      'maxPoints',
      'tier',
      'events',
      'message',
      'error',
      'missingFacts',
      'lookedFor',
      'remedy',
    ];
    expect(Object.keys(openFinding(rule, undefined))).toEqual(keys);
    const tree = { kind: 'fact' as const, result: true };
    const withTree = openFinding(rule, tree);
    expect(Object.keys(withTree)).toEqual([...keys.slice(0, 9), 'explain', ...keys.slice(9)]);
    expect(withTree.explain).toBe(tree);
  });
});

describe('lookedFor', () => {
  const words = { a: ['甲', '乙'], b: ['乙', '丙'], c: ['丁'] };
  const report = (lists: Record<string, string[]>): ReportData => ({
    report: {},
    sections: [],
    facts: {},
    unstated: Object.entries(lists).map(([fact, lookedFor]) => ({ fact, lookedFor })),
  });

  it('lists the words of the missing facts in the order the report lists them, each once', () => {
    expect(lookedFor(report(words), ['b', 'a'])).toEqual(['甲', '乙', '丙']);
    expect(lookedFor(report(words), ['x'])).toBeUndefined();
    expect(lookedFor({ report: {}, sections: [], facts: {} }, ['a'])).toBeUndefined();
  });

  it('shares one list between reports whose lists are the same arrays, and not with a report of its own words', () => {
    const first = lookedFor(report(words), ['a', 'c']);
    expect(lookedFor(report(words), ['a', 'c'])).toBe(first);
    expect(lookedFor(report({ ...words, a: ['戊'] }), ['a', 'c'])).toEqual(['戊', '丁']);
    expect(first).toEqual(['甲', '乙', '丁']);
  });
});
