import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/pack/load-pack.js';
import type { ProblemError } from '../../src/problems/problem.js';
import { parseYamlText } from '../../src/source/yaml-source.js';
import { tempPack } from '../helpers/temp-pack.js';

/**
 * A YAML source knows each node's span: its first character's line:column, and the line:column
 * just after its last (SARIF's endColumn, an editor's range end). Columns count UTF-16 code units
 * from 1; every Chinese character here is one.
 */
const TEXT = [
  'report:', //                                                      1
  '  authority: 夏县司法局', //                                       2
  '  year: "2024" # the quoted year', //                             3
  '', //                                                             4
  'rules:', //                                                       5
  '  - id: a.b', //                                                  6
  '    when: { all: [ { fact: x, operator: equal, value: 1 } ] }', // 7
  '  - id: c', //                                                    8
  '    message: |', //                                               9
  '      第一行', //                                                  10
  '      第二行', //                                                  11
  '', //                                                             12
  'last: 1', //                                                      13
  '',
].join('\n');

describe('YamlSource.locate gives the span of a value or key', () => {
  // both parses: plain YAML takes the fast path (positions computed only when asked), an anchor the careful one
  it.each([
    ['the fast path', TEXT],
    ['the careful path', TEXT.replace('last: 1', 'last: &one 1')],
  ])('%s', (_, text) => {
    const source = parseYamlText(text, 'r.yaml');
    // `  authority: ` is 13 characters; 夏县司法局 5
    expect(source.locate('/report/authority')).toEqual({ line: 2, column: 14, endLine: 2, endColumn: 19 });
    // the key: `authority` is 9 characters from column 3
    expect(source.locate('/report/authority', 'key')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 12 });
    // a quoted scalar: its quotes are in the span, the comment after it is not (`  year: ` is 8, `"2024"` 6)
    expect(source.locate('/report/year')).toEqual({ line: 3, column: 9, endLine: 3, endColumn: 15 });
    // a block map ends with its last value, not at the comment or blank line after it
    expect(source.locate('/report')).toEqual({ line: 2, column: 3, endLine: 3, endColumn: 15 });
    // a flow map from { to } (`    when: ` is 10 characters, the map 51)
    expect(source.locate('/rules/0/when')).toEqual({ line: 7, column: 11, endLine: 7, endColumn: 62 });
    // a sequence item (`  - ` is 4): from its first key to the end of its last value
    expect(source.locate('/rules/0')).toEqual({ line: 6, column: 5, endLine: 7, endColumn: 62 });
    // a block scalar from its | to the end of its last line (six spaces and 第二行)
    expect(source.locate('/rules/1/message')).toEqual({ line: 9, column: 14, endLine: 11, endColumn: 10 });
    // a pointer past the document: its nearest ancestor
    expect(source.locate('/report/nothing/here')).toEqual({ line: 2, column: 3, endLine: 3, endColumn: 15 });
  });

  it('a prototype key is refused at the key, its span marked', () => {
    let problems: unknown[] = [];
    try {
      parseYamlText('a: 1\n__proto__: { polluted: true }\n', 'p.yaml');
    } catch (e) {
      problems = (e as ProblemError).problems;
    }
    // __proto__ is 9 characters from column 1
    expect(problems).toEqual([
      {
        code: 'yaml.forbidden-key',
        file: 'p.yaml',
        params: { key: '__proto__' },
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 10,
        severity: 'error',
      },
    ]);
  });
});

describe('a pack problem carries its span and severity', () => {
  it('an unknown fact in a condition: the fact name marked', () => {
    const original = 'fact: normativeDocumentFilingRate';
    const dir = tempPack({ 'checklist.yaml': (t) => t.replace(original, 'fact: normativeDocumentFilingRat') });
    const lines = readFileSync(`${dir}/checklist.yaml`, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('fact: normativeDocumentFilingRat')) + 1;
    const column = lines[line - 1]!.indexOf('normativeDocumentFilingRat') + 1;
    const [p, ...rest] = validatePack(dir);
    expect(rest).toEqual([]);
    // the 26 characters of the misspelt name
    expect(p).toMatchObject({
      code: 'pack.unknown-fact',
      severity: 'error',
      line,
      column,
      endLine: line,
      endColumn: column + 26,
    });
    expect(p!.params).toMatchObject({ fact: 'normativeDocumentFilingRat', suggestion: 'normativeDocumentFilingRate' });
  });

  it('a placeholder in a message template: the placeholder marked, not the message', () => {
    const original = '    message: 行政规范性文件报备率为{{normativeDocumentFilingRate}}%，未达到100%';
    const dir = tempPack({
      'checklist.yaml': (t) => t.replace(original, '    message: 行政规范性文件报备率为{{__proto__}}%，未达到100%'),
    });
    const line =
      readFileSync(`${dir}/checklist.yaml`, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('{{__proto__}}')) + 1;
    // `    message: ` is 13 characters and 行政规范性文件报备率为 11 more; {{__proto__}} is 13
    expect(validatePack(dir)).toMatchObject([
      { code: 'pack.template-fact', severity: 'error', line, column: 25, endLine: line, endColumn: 38 },
    ]);
  });
});
