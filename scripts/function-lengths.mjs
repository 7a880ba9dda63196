// Functions longer than the house limit (60 lines, issue 14), measured rather than remembered.
// Every function counts — declarations, expressions, arrows, methods, getters, constructors — from
// its first line to its last, nested functions included in their parent's length.
// A function may run longer when the comment just above it says why, starting `Long:` on a line of
// its own words (e.g. `// Long: one table of cases, each a line`); it is listed, not counted.
// Usage: node scripts/function-lengths.mjs [--max N] [--all] [folder or file …]   (default: src)
// Prints one line per function over the limit, longest first; exits 1 when any is unexplained.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from '@swc/core';

const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ClassMethod',
  'PrivateMethod',
  'Constructor',
  'MethodProperty',
  'GetterProperty',
  'SetterProperty',
]);
const REASON = /(?:\/\/|\*)\s*Long:\s*\S/;

const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const max = maxAt >= 0 ? Number(args.splice(maxAt, 2)[1]) : 60;
const all = args.includes('--all');
const roots = args.filter((a) => !a.startsWith('--'));

const files = (roots.length > 0 ? roots : ['src']).flatMap(sourceFiles).sort();
const long = files.flatMap((file) => longFunctions(file, max));
long.sort((a, b) => b.lines - a.lines || a.where.localeCompare(b.where));
const unexplained = long.filter((f) => !f.reason);
for (const f of all ? long : unexplained) {
  process.stdout.write(
    `${f.where}  ${f.name}  ${f.lines} lines (limit ${max})${f.reason ? '  (Long: explained)' : ''}\n`,
  );
}
process.stdout.write(
  `${unexplained.length} function(s) over ${max} lines without a reason` +
    ` (${long.length - unexplained.length} explained) in ${files.length} files\n`,
);
if (unexplained.length > 0) {
  process.stdout.write(
    `Split each into named steps, or say why it must stay whole in a comment right above it: // Long: <reason>\n`,
  );
}
process.exitCode = unexplained.length > 0 ? 1 : 0;

function sourceFiles(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => {
    const p = join(path, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(?:ts|mts|cts|tsx|js|mjs|cjs)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The functions of one file longer than `limit` lines: where, a name to find them by, and their length. */
function longFunctions(file, limit) {
  const text = readFileSync(file, 'utf8');
  // swc's spans are UTF-8 byte positions that keep growing from one parse to the next in a process;
  // a leading `;` (its first statement) tells where this file begins.
  const program = parseSync(`;${text}`, {
    syntax: file.endsWith('.ts') || file.endsWith('.mts') || file.endsWith('.cts') ? 'typescript' : 'ecmascript',
    tsx: file.endsWith('.tsx'),
  });
  const base = program.body[0].span.start + 1;
  const lineOf = lineFinder(Buffer.from(text, 'utf8'));
  const lines = text.split('\n');
  const found = [];
  visit(program, undefined, (node, name) => {
    const first = lineOf(node.span.start - base);
    const last = lineOf(node.span.end - base - 1);
    const length = last - first + 1;
    if (length <= limit) return;
    found.push({
      where: `${relative(process.cwd(), file)}:${first}`,
      name: name ?? '(anonymous)',
      lines: length,
      reason: hasReason(lines, first),
    });
  });
  return found;
}

/** Walks every node; calls `onFunction` with each function and the name it is known by. */
function visit(node, name, onFunction) {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, name, onFunction);
    return;
  }
  if (!node || typeof node !== 'object') return;
  let own = name;
  if (node.type === 'VariableDeclarator' && node.id?.type === 'Identifier') own = node.id.value;
  else if (node.type === 'KeyValueProperty' && node.key?.value !== undefined) own = String(node.key.value);
  const kind = node.type;
  if (FUNCTION_TYPES.has(kind)) {
    const ownName = node.identifier?.value ?? node.key?.value ?? node.function?.identifier?.value ?? own;
    onFunction(node, kind === 'Constructor' ? 'constructor' : ownName);
    own = undefined;
  }
  for (const key in node) {
    if (key === 'span') continue;
    const child = node[key];
    if (child && typeof child === 'object') visit(child, own, onFunction);
  }
}

/** A byte offset → its 1-based line number, by binary search over the line starts. */
function lineFinder(bytes) {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Whether the comment block just above line `first` (1-based) gives a reason, `Long: …`. */
function hasReason(lines, first) {
  for (let i = first - 2; i >= 0; i--) {
    const line = lines[i].trim();
    if (!(line.startsWith('//') || line.startsWith('/*') || line.startsWith('*'))) return false;
    if (REASON.test(line)) return true;
  }
  return false;
}
