import type { ClaimWords } from './claim-words.js';
import { isColon, isSemicolon, type TextIndex } from './text-index.js';

/*
 * A record's fields on a line, a semicolon between them (项目：普法宣传活动；数量：52场次): the item field names the thing,
 * the quantity field gives its figure.
 */

/**
 * Where the value of a record's quantity field ends when the field right after `ce` (a semicolon) is one — its label
 * a label head alone (数量, 件数: vocabulary labelHeads), then a colon — else undefined.
 */
export function quantityFieldEnd(index: TextIndex, w: ClaimWords, ce: number): number | undefined {
  const text = index.text;
  const [fs, fe] = index.clause(ce + 1);
  if (!isColon(text.charCodeAt(fe))) return undefined;
  const label = text.slice(fs, fe).trim();
  return label.length > 0 && w.labelHeads.at(label, 0) === label ? index.clause(fe + 1)[1] : undefined;
}

/**
 * Where the label of a record's answer field after `ce` (a semicolon) ends at its colon — the label one of the
 * vocabulary's answerLabels alone (情况, 开展情况), past at most RECORD_FIELDS other fields of the line (数量：0) — else
 * undefined: its value answers for the field before them (事项：行政执法案卷评查；数量：0；情况：未开展).
 */
export function answerFieldColon(index: TextIndex, w: ClaimWords, ce: number): number | undefined {
  const text = index.text;
  for (let k = 0; k < RECORD_FIELDS && isSemicolon(text.charCodeAt(ce)); k++) {
    const [fs, fe] = index.clause(ce + 1);
    if (!isColon(text.charCodeAt(fe))) return undefined;
    const label = text.slice(fs, fe).trim();
    if (label.length > 0 && w.answerLabels.at(label, 0) === label) return fe;
    ce = index.clause(fe + 1)[1];
  }
  return undefined;
}
const RECORD_FIELDS = 3;

/** Where the value of a record's answer field after `ce` ends (answerFieldColon), else undefined. */
export function answerValueEnd(index: TextIndex, w: ClaimWords, ce: number): number | undefined {
  const colon = answerFieldColon(index, w, ce);
  return colon === undefined ? undefined : index.clause(colon + 1)[1];
}
