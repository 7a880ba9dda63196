import type { ProblemCode } from './problem.js';
import { DOCUMENT_MESSAGES } from './document-messages.js';
import { ROSTER_MESSAGES } from './roster-messages.js';
import { REVIEW_MESSAGES } from './review-messages.js';
import { PACK_MESSAGES, typeZh } from './pack-messages.js';
import type { Lang } from '../util/lang.js';
import type { MessageTable, Params } from './template.js';

export type { Lang };
export type { ConditionShapeReason } from './pack-messages.js';

/** Why an output cannot be written, in words (the system's code otherwise). */
const OUTPUT_REASON_ZH: Record<string, string> = {
  ENOENT: '所在文件夹不存在',
  ENOTDIR: '路径中有一段不是文件夹',
  EISDIR: '这是一个文件夹，请给出文件名',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '只读文件系统',
};
const OUTPUT_REASON_EN: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'this is a folder: name a file',
  EACCES: 'no permission to write',
  EPERM: 'no permission to write',
  EROFS: 'read-only file system',
};

/** One line per problem: what is wrong, then what to do. */
/** What a path that is not a regular file is, by the kind source/read-file.ts names. */
const FILE_KIND: Record<Lang, Record<string, string>> = {
  zh: { FIFO: '命名管道', socket: '套接字', device: '设备文件' },
  en: { FIFO: 'a named pipe', socket: 'a socket', device: 'a device' },
};

const MESSAGES: MessageTable<ProblemCode> = {
  'file.not-found': {
    zh: () => '文件不存在；请检查路径',
    en: () => 'file does not exist; check the path',
  },
  'file.is-directory': {
    zh: () => '这是目录，不是文件；请指定其中的文件',
    en: () => 'this is a directory, not a file; name a file inside it',
  },
  'file.empty': {
    zh: () => '文件为空；请提供报告内容',
    en: () => 'the file is empty; give it content',
  },
  'file.unreadable': {
    zh: (p) => `无法读取文件（${p.reason}）`,
    en: (p) => `cannot read the file (${p.reason})`,
  },
  'file.unsupported-type': {
    zh: (p) => `不支持的文件类型“${p.ext}”；支持：${p.supported}`,
    en: (p) => `unsupported file type "${p.ext}"; supported: ${p.supported}`,
  },
  'yaml.syntax': {
    zh: (p) => `YAML 语法错误：${p.reason}`,
    en: (p) => `YAML syntax error: ${p.reason}`,
  },
  'yaml.alias-bomb': {
    zh: () => 'YAML 别名（*alias）展开过多，疑似资源耗尽攻击；请去掉嵌套别名',
    en: () => 'too many YAML alias expansions (a resource exhaustion attack?); remove the nested aliases',
  },
  'yaml.forbidden-key': {
    zh: (p) => `不允许使用键名“${p.key}”；请改名`,
    en: (p) => `the key "${p.key}" is not allowed; rename it`,
  },
  'yaml.not-a-mapping': {
    zh: (p) => `文件顶层应为映射（键: 值），实际为${p.actual}`,
    en: (p) => `the top level must be a mapping (key: value), found ${p.actual}`,
  },
  ...PACK_MESSAGES,
  'report.unknown-fact': {
    zh: (p) => `细则中没有事实“${p.fact}”${p.suggestion ? `；是否应为“${p.suggestion}”？` : '；请核对事实名称'}`,
    en: (p) =>
      `the pack defines no fact "${p.fact}"` +
      (p.suggestion ? `; did you mean "${p.suggestion}"?` : '; check the fact id'),
  },
  'report.fact-type': {
    zh: (p) => `事实“${p.fact}”应为${typeZh(String(p.expected))}，实际为“${p.actual}”`,
    en: (p) => `fact "${p.fact}" must be ${p.expected}, found "${p.actual}"`,
  },
  'report.enum-value': {
    zh: (p) => `事实“${p.fact}”的取值“${p.actual}”无效；可选：${p.allowed}`,
    en: (p) => `fact "${p.fact}" has invalid value "${p.actual}"; allowed: ${p.allowed}`,
  },
  'report.unknown-section': {
    zh: (p) => `细则中没有报告部分“${p.section}”；可用：${p.allowed}`,
    en: (p) => `the pack defines no section "${p.section}"; sections: ${p.allowed}`,
  },
  'waiver.unknown-rule': {
    zh: (p) => `豁免引用了细则中不存在的规则“${p.rule}”`,
    en: (p) => `the waiver names a rule the pack does not have: "${p.rule}"`,
  },
  'pack.no-rules': {
    zh: () => '细则没有任何启用的规则：每份报告都会得 0/0 分；请在 checklist.yaml 的 rules 下添加规则',
    en: () => 'the pack has no enabled rule: every report would score 0 of 0; add rules under rules in checklist.yaml',
  },
  'pack.untested-rule': {
    zh: (p) =>
      `规则“${p.rule}”缺少${p.missing}的测试用例；请在 tests/*.yaml 中补充（每条规则至少一个得分用例和一个不得分用例${p.na ? '，以及一个不适用用例' : ''}）`,
    en: (p) =>
      `rule "${p.rule}" has no test case where it ${p.missingEn}; add one to tests/*.yaml (every rule needs a case ` +
      `where it passes and one where it does not${p.na ? ', and one where it does not apply' : ''})`,
  },
  'value.not-finite': {
    zh: (p) => `应为有限数字，实际为“${p.actual}”；请填写具体数值`,
    en: (p) => `must be a finite number, found "${p.actual}"; write the figure itself`,
  },
  'value.not-a-date': {
    zh: (p) => `“${p.actual}”不是有效日期；请填写日历上存在的日期，如 2025-03-31`,
    en: (p) => `"${p.actual}" is not a valid date; write a day that exists, e.g. 2025-03-31`,
  },
  'events.unknown-rule': {
    zh: (p) => `事件引用的规则“${p.rule}”不存在或不按事件计分；按事件计分的规则：${p.allowed}`,
    en: (p) => `the event names "${p.rule}", which is not a rule scored from events; such rules: ${p.allowed}`,
  },
  'test.unknown-rule': {
    zh: (p) => `测试用例期望了细则中不存在的规则“${p.rule}”`,
    en: (p) => `the test case expects a rule the pack does not have: "${p.rule}"`,
  },
  'option.invalid': {
    zh: (p) => `参数 ${p.option} 的值“${p.value}”无效：${p.expected}`,
    en: (p) => `option ${p.option} has an invalid value "${p.value}": ${p.expected}`,
  },
  'batch.no-inputs': {
    zh: (p) => `未找到可评查的报告（支持：${p.supported}）；请检查路径和 --include/--exclude`,
    en: (p) => `no reports found to assess (supported: ${p.supported}); check the paths and --include/--exclude`,
  },
  'batch.compare-file': {
    zh: (p) => `不是 fazhi batch 生成的 JSON 结果，无法用于 --compare（${p.reason}）`,
    en: (p) => `not a JSON result written by fazhi batch, cannot be used with --compare (${p.reason})`,
  },
  'batch.interrupted': {
    zh: () => '评查被中断，此文件未评查；请重新运行批量评查',
    en: () => 'the run was interrupted before this file was scored; run the batch again',
  },
  'batch.worker-died': {
    zh: (p) =>
      `评查此文件时工作线程意外终止（${p.reason}）；文件可能过大或结构异常，请检查后单独用 fazhi check 重试。其余文件照常评查`,
    en: (p) =>
      `the worker scoring this file stopped unexpectedly (${p.reason}); the file may be too large or malformed: ` +
      `check it and retry it alone with fazhi check. The other files were scored`,
  },
  'batch.internal': {
    zh: (p) => `评查此文件时 fazhi 内部出错：${p.reason}（这是 fazhi 的缺陷，其他文件照常评查）`,
    en: (p) => `fazhi failed internally on this file: ${p.reason} (a bug in fazhi; the other files are still assessed)`,
  },
  'file.not-regular': {
    zh: (p) =>
      `这不是普通文件（${FILE_KIND.zh[p.kind as string] ?? '特殊文件'}），fazhi 只读取普通文件；请指定报告文件本身`,
    en: (p) =>
      `this is not a regular file (${FILE_KIND.en[p.kind as string] ?? 'a special file'}); ` +
      'fazhi reads only regular files: name the report file itself',
  },
  'file.too-large': {
    zh: (p) =>
      `文件过大（${p.part ? `${p.part} 解压后 ` : ''}${p.size}），上限 ${p.limit}；真实报告远小于此，请检查文件，确需评查可用 --max-size 调高上限`,
    en: (p) =>
      `file too large (${p.part ? `${p.part} inflates to ` : ''}${p.size}), the limit is ${p.limit}; ` +
      'real reports are far smaller: check the file, or raise the limit with --max-size',
  },
  'file.text-too-long': {
    zh: (p) =>
      `文件转换后的文本过长（${p.chars} 字），上限 ${p.limit} 字；真实报告远短于此，请检查文件，确需评查可用 --max-size 调高上限`,
    en: (p) =>
      `the file's text is too long (${p.chars} characters), the limit is ${p.limit}; real reports are far shorter: ` +
      `check the file, or raise the limit with --max-size`,
  },
  'file.zip-bomb': {
    zh: (p) =>
      `文件疑似“压缩炸弹”：${
        p.declared
          ? `${p.part} 声明解压后为 ${p.declared}，实际更大`
          : `${p.part} 的压缩比为 ${p.ratio} 倍，上限 ${p.limit} 倍`
      }；请用 Word/WPS 打开后另存为新文件再评查`,
    en: (p) =>
      `the file looks like a zip bomb: ${
        p.declared
          ? `${p.part} declares ${p.declared} inflated but holds more`
          : `${p.part} is compressed ${p.ratio} times, the limit is ${p.limit}`
      }; open it in Word/WPS, save it as a new file and check that`,
  },
  'file.too-many-paragraphs': {
    zh: (p) =>
      `文档段落过多（${p.count} 段），上限 ${p.limit} 段；真实报告远少于此，请检查文件，确需评查可用 --max-size 调高上限`,
    en: (p) =>
      `the document has too many paragraphs (${p.count}), the limit is ${p.limit}; real reports have far fewer: ` +
      `check the file, or raise the limit with --max-size`,
  },
  'file.html-too-deep': {
    zh: (p) =>
      `网页元素嵌套超过 ${p.limit} 层，不是正常网页（政府网站页面一般不超过 60 层）；请另存为 .txt 或 .docx 后再评查`,
    en: (p) =>
      `the page nests its elements more than ${p.limit} deep, which no real page does (government pages stay under ` +
      `60); save it as .txt or .docx and check that`,
  },
  'file.symlink-loop': {
    zh: () => '符号链接形成循环，无法打开；请检查链接指向',
    en: () => 'the symbolic links form a loop and cannot be opened; check where the link points',
  },
  'folder.unreadable': {
    zh: (p) => `无法读取文件夹（${p.reason}），其中的文件未评查；请检查权限后重试`,
    en: (p) =>
      `cannot read the folder (${p.reason}); the files in it were not assessed: check its permissions and run again`,
  },
  'output.not-directory': {
    zh: () => '--out 应为文件夹，但这是一个已存在的文件；请换一个文件夹路径',
    en: () => '--out must be a folder, but this is an existing file; give a folder path',
  },
  'output.unwritable': {
    zh: (p) =>
      `无法写入输出位置（${OUTPUT_REASON_ZH[p.reason as string] ?? p.reason}）；请检查路径与权限，或换一个位置`,
    en: (p) =>
      `cannot write to the output location (${OUTPUT_REASON_EN[p.reason as string] ?? p.reason}); check the path ` +
      `and its permissions, or choose another`,
  },
  'output.locked': {
    zh: (p) => `另一个 fazhi 批量任务（进程 ${p.pid}）正在写入此文件夹；请等它结束，或换一个 --out`,
    en: (p) =>
      `another fazhi batch (process ${p.pid}) is writing into this folder; wait for it to finish, or choose another ` +
      `--out`,
  },
  'output.write-failed': {
    zh: (p) => `写入失败（${p.reason === 'ENOSPC' ? '磁盘已满' : p.reason}）；输出不完整，请释放空间或换一个位置后重试`,
    en: (p) =>
      `writing failed (${p.reason === 'ENOSPC' ? 'no space left on the device' : p.reason}); the output is ` +
      `incomplete: free space or choose another location, and run again`,
  },
  'web.not-built': {
    zh: () => '网页尚未构建（缺少 dist/web/app.js）；请先运行 npm run build',
    en: () => 'the web page is not built (dist/web/app.js is missing); run npm run build first',
  },
  'serve.port-taken': {
    zh: (p) => `端口 ${p.port} 已被占用；请用 --port 换一个端口`,
    en: (p) => `port ${p.port} is already in use; choose another with --port`,
  },
  'serve.listen-failed': {
    zh: (p) => `无法在此地址提供服务（${p.reason}）；请检查 --host 和 --port`,
    en: (p) => `cannot serve at this address (${p.reason}); check --host and --port`,
  },
  'pack.bad-pattern': {
    zh: (p) =>
      `事实“${p.fact}”的正则表达式“${p.pattern}”无效（${p.reason}）；请按 RE2 语法改写（不支持先行/后行断言和反向引用）`,
    en: (p) =>
      `the regular expression "${p.pattern}" of fact "${p.fact}" is invalid (${p.reason}); rewrite it in RE2 syntax ` +
      `(no lookaround or backreferences)`,
  },
  ...ROSTER_MESSAGES,
  ...REVIEW_MESSAGES,
  ...DOCUMENT_MESSAGES,
};

export function problemMessage(code: ProblemCode, params: Params, lang: Lang): string {
  return MESSAGES[code][lang](params);
}
