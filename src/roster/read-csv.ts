import type { Table } from './table.js';

/**
 * A CSV as Excel saves it: UTF-8 with or without a BOM ("CSV UTF-8"), or GB18030 — what "CSV" is
 * on a Chinese Windows — told apart by whether the bytes are valid UTF-8; UTF-16 with a BOM
 * (Excel's "Unicode text", tab-separated). Fields follow RFC 4180: quoted fields may hold commas,
 * doubled quotes and line breaks. A CSV holds one sheet, so its cells are named without one (C7).
 */
export function readCsvTable(bytes: Buffer): Table {
  const text = decode(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
  return {
    rows: parseCsv(text, delimiter).map((cells, i) => ({
      number: i + 1,
      cells: cells.map((c) => (c === '' ? undefined : c)),
    })),
  };
}

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180 records; a record's line breaks inside quotes are kept; blank lines are records with one empty field. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
