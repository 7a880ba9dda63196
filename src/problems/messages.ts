import type { ProblemCode } from './problem.js';
import { ROSTER_MESSAGES } from './roster-messages.js';

import type { Lang } from '../util/lang.js';
export type { Lang };
type Params = Record<string, string | number>;
type Template = (p: Params) => string;

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
const MESSAGES: Record<ProblemCode, Record<Lang, Template>> = {
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
  'schema.required': {
    zh: (p) => `缺少必填字段“${p.field}”`,
    en: (p) => `missing required field "${p.field}"`,
  },
  'schema.unknown-field': {
    zh: (p) => `不认识的字段“${p.field}”${p.suggestion ? `；是否应为“${p.suggestion}”？` : `；可用字段：${p.allowed}`}`,
    en: (p) => `unknown field "${p.field}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : `; allowed: ${p.allowed}`}`,
  },
  'schema.type': {
    zh: (p) => `类型错误：应为${typeZh(String(p.expected))}，实际为${typeZh(String(p.actual))}`,
    en: (p) => `wrong type: expected ${p.expected}, found ${p.actual}`,
  },
  'schema.enum': {
    zh: (p) => `取值“${p.actual}”无效；可选：${p.allowed}`,
    en: (p) => `invalid value "${p.actual}"; allowed: ${p.allowed}`,
  },
  'schema.pattern': {
    zh: (p) => `格式不对：“${p.actual}”应为${FORMAT_ZH[String(p.pattern)] ?? ` ${p.expected}`}`,
    en: (p) => `bad format: "${p.actual}" should be ${p.expected}`,
  },
  'schema.range': {
    zh: (p) => `数值 ${p.actual} 超出范围：应${p.comparison === '>=' ? '不小于' : p.comparison === '<=' ? '不大于' : p.comparison === '>' ? '大于' : '小于'} ${p.limit}`,
    en: (p) => `value ${p.actual} out of range: must be ${p.comparison} ${p.limit}`,
  },
  'schema.length': {
    zh: (p) => `长度不符：至少需要 ${p.limit} 项（字符）`,
    en: (p) => `too short: needs at least ${p.limit} item(s) or character(s)`,
  },
  'schema.unique': {
    zh: () => '列表中有重复项；请去掉重复',
    en: () => 'the list has duplicate items; remove them',
  },
  'schema.other': {
    zh: (p) => `不符合格式要求：${p.reason}`,
    en: (p) => `does not match the schema: ${p.reason}`,
  },
  'pack.missing-file': {
    zh: (p) => `细则目录缺少 ${p.name}；每个细则需有 pack.yaml、facts.yaml、sections.yaml、checklist.yaml`,
    en: (p) => `the pack has no ${p.name}; a pack needs pack.yaml, facts.yaml, sections.yaml and checklist.yaml`,
  },
  'pack.not-a-directory': {
    zh: () => '这不是细则目录；--rules 应为含 pack.yaml 的目录，或内置细则名（如 national）',
    en: () => 'not a rule pack: --rules takes a directory holding pack.yaml, or a bundled pack name (e.g. national)',
  },
  'pack.unknown-fact': {
    zh: (p) => `未定义的事实“${p.fact}”${p.suggestion ? `；是否应为“${p.suggestion}”？` : '；请先在 facts.yaml 中定义'}`,
    en: (p) => `unknown fact "${p.fact}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : '; define it in facts.yaml first'}`,
  },
  'pack.unknown-category': {
    zh: (p) => `未定义的分类“${p.category}”；可用分类：${p.allowed}`,
    en: (p) => `unknown category "${p.category}"; categories: ${p.allowed}`,
  },
  'pack.unknown-operator': {
    zh: (p) => `未知的运算符“${p.operator}”${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}（可用：${p.allowed}）`,
    en: (p) => `unknown operator "${p.operator}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''} (operators: ${p.allowed})`,
  },
  'pack.unknown-section': {
    zh: (p) => `未定义的报告部分“${p.section}”；可用：${p.allowed}`,
    en: (p) => `unknown section "${p.section}"; sections: ${p.allowed}`,
  },
  'pack.unknown-condition': {
    zh: (p) => `引用了未定义的命名条件“${p.name}”；请在 checklist.yaml 的 conditions 中定义`,
    en: (p) => `reference to undefined condition "${p.name}"; define it under conditions in checklist.yaml`,
  },
  'pack.duplicate-id': {
    zh: (p) => `重复的${ID_KIND_ZH[String(p.kind)] ?? p.kind} id“${p.id}”（第一次出现在第 ${p.firstLine} 行）；每个 id 只能出现一次`,
    en: (p) => `duplicate ${p.kind} id "${p.id}" (first at line ${p.firstLine}); ids must be unique`,
  },
  'pack.reserved-id': {
    zh: (p) => `${ID_KIND_ZH[String(p.kind)] ?? p.kind} id“${p.id}”是保留名（${RESERVED_WHY[String(p.why)]?.zh ?? p.why}），不能再定义；请改用其他 id`,
    en: (p) => `${p.kind} id "${p.id}" is reserved (${RESERVED_WHY[String(p.why)]?.en ?? p.why}) and cannot be defined; choose another id`,
  },
  'pack.condition-shape': {
    zh: (p) => `条件写法不对：${CONDITION_SHAPE[p.reason as ConditionShapeReason].zh(p)}`,
    en: (p) => `malformed condition: ${CONDITION_SHAPE[p.reason as ConditionShapeReason].en(p)}`,
  },
  'pack.scoring-form': {
    zh: () => '规则须恰好有 when、tiers、deduct、onEvent 四者之一',
    en: () => 'a rule needs exactly one of when, tiers, deduct, onEvent',
  },
  'pack.tier-points': {
    zh: (p) => `档次得分 ${p.tierPoints} 超过规则分值 ${p.points}`,
    en: (p) => `tier points ${p.tierPoints} exceed the rule's points ${p.points}`,
  },
  'pack.tier-unreachable': {
    zh: (p) => `第 ${p.tier} 档永远不会被选中：满足它的报告都先满足第 ${p.earlier} 档；请把条件更严的档次放在前面`,
    en: (p) => `tier ${p.tier} can never be chosen: every report meeting it meets tier ${p.earlier} first; put the stricter tier first`,
  },
  'pack.enum-value': {
    zh: (p) => `事实“${p.fact}”没有取值“${p.value}”；可选：${p.allowed}`,
    en: (p) => `fact "${p.fact}" has no value "${p.value}"; values: ${p.allowed}`,
  },
  'pack.derived-inputs': {
    zh: (p) =>
      `派生事实运算 ${p.op} 的参数不对：${{ 'no-of': '不应有 of', exactly: `of 须恰好列出 ${p.n} 个事实`, 'at-least': `of 至少列出 ${p.n} 个事实`, 'month-day': '须写 month 和 day' }[String(p.reason)]}`,
    en: (p) =>
      `derived fact op ${p.op} has wrong inputs: ${{ 'no-of': 'it takes no of', exactly: `of must list exactly ${p.n} fact(s)`, 'at-least': `of must list at least ${p.n} facts`, 'month-day': 'it needs month and day' }[String(p.reason)]}`,
  },
  'pack.derived-cycle': {
    zh: (p) => `派生事实循环依赖：${p.cycle}`,
    en: (p) => `derived facts depend on each other in a cycle: ${p.cycle}`,
  },
  'pack.template-fact': {
    zh: (p) => `消息模板中的 {{${p.name}}} 不是本规则用到的事实；可用：${p.allowed}`,
    en: (p) => `{{${p.name}}} in the message is not a fact this rule uses; available: ${p.allowed}`,
  },
  'pack.grades': {
    zh: () => '等级须按分数线从高到低排列，最后一档的分数线为 0',
    en: () => 'grades must run from the highest threshold down, the last one at 0',
  },
  'pack.extends-cycle': {
    zh: (p) => `细则继承形成循环：${p.chain}；请去掉其中一处 extends`,
    en: (p) => `packs extend each other in a cycle: ${p.chain}; remove one extends`,
  },
  'pack.extends-missing': {
    zh: (p) => `找不到 extends 指定的上级细则“${p.parent}”；请写相对于本文件的目录，或内置细则名（如 national）`,
    en: (p) => `the parent pack "${p.parent}" named by extends does not exist; give a directory relative to this file or a bundled pack name (e.g. national)`,
  },
  'pack.rule-exists': {
    zh: (p) => `规则“${p.id}”已在上级细则中定义；要修改它，请写在 overrides 中`,
    en: (p) => `rule "${p.id}" is already defined by the parent pack; change it under overrides`,
  },
  'pack.unknown-override': {
    zh: (p) => `overrides 中的规则“${p.id}”在上级细则中不存在；新增规则请写在 rules 中`,
    en: (p) => `overrides names rule "${p.id}", which no parent pack defines; add new rules under rules`,
  },
  'report.unknown-fact': {
    zh: (p) => `细则中没有事实“${p.fact}”${p.suggestion ? `；是否应为“${p.suggestion}”？` : '；请核对事实名称'}`,
    en: (p) => `the pack defines no fact "${p.fact}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : '; check the fact id'}`,
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
    zh: (p) => `规则“${p.rule}”缺少${p.missing}的测试用例；请在 tests/*.yaml 中补充（每条规则至少一个得分用例和一个不得分用例${p.na ? '，以及一个不适用用例' : ''}）`,
    en: (p) => `rule "${p.rule}" has no test case where it ${p.missingEn}; add one to tests/*.yaml (every rule needs a case where it passes and one where it does not${p.na ? ', and one where it does not apply' : ''})`,
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
    zh: (p) => `评查此文件时工作线程意外终止（${p.reason}）；文件可能过大或结构异常，请检查后单独用 fazhi check 重试。其余文件照常评查`,
    en: (p) => `the worker scoring this file stopped unexpectedly (${p.reason}); the file may be too large or malformed: check it and retry it alone with fazhi check. The other files were scored`,
  },
  'batch.internal': {
    zh: (p) => `评查此文件时 fazhi 内部出错：${p.reason}（这是 fazhi 的缺陷，其他文件照常评查）`,
    en: (p) => `fazhi failed internally on this file: ${p.reason} (a bug in fazhi; the other files are still assessed)`,
  },
  'file.not-regular': {
    zh: (p) => `这不是普通文件（${p.kind === 'FIFO' ? '命名管道' : p.kind === 'socket' ? '套接字' : p.kind === 'device' ? '设备文件' : '特殊文件'}），fazhi 只读取普通文件；请指定报告文件本身`,
    en: (p) => `this is not a regular file (${p.kind === 'FIFO' ? 'a named pipe' : p.kind === 'socket' ? 'a socket' : p.kind === 'device' ? 'a device' : 'a special file'}); fazhi reads only regular files: name the report file itself`,
  },
  'file.too-large': {
    zh: (p) => `文件过大（${p.part ? `${p.part} 解压后 ` : ''}${p.size}），上限 ${p.limit}；真实报告远小于此，请检查文件，确需评查可用 --max-size 调高上限`,
    en: (p) => `file too large (${p.part ? `${p.part} inflates to ` : ''}${p.size}), the limit is ${p.limit}; real reports are far smaller: check the file, or raise the limit with --max-size`,
  },
  'file.text-too-long': {
    zh: (p) => `文件转换后的文本过长（${p.chars} 字），上限 ${p.limit} 字；真实报告远短于此，请检查文件，确需评查可用 --max-size 调高上限`,
    en: (p) => `the file's text is too long (${p.chars} characters), the limit is ${p.limit}; real reports are far shorter: check the file, or raise the limit with --max-size`,
  },
  'file.zip-bomb': {
    zh: (p) =>
      `文件疑似“压缩炸弹”：${p.declared ? `${p.part} 声明解压后为 ${p.declared}，实际更大` : `${p.part} 的压缩比为 ${p.ratio} 倍，上限 ${p.limit} 倍`}；请用 Word/WPS 打开后另存为新文件再评查`,
    en: (p) =>
      `the file looks like a zip bomb: ${p.declared ? `${p.part} declares ${p.declared} inflated but holds more` : `${p.part} is compressed ${p.ratio} times, the limit is ${p.limit}`}; open it in Word/WPS, save it as a new file and check that`,
  },
  'file.too-many-paragraphs': {
    zh: (p) => `文档段落过多（${p.count} 段），上限 ${p.limit} 段；真实报告远少于此，请检查文件，确需评查可用 --max-size 调高上限`,
    en: (p) => `the document has too many paragraphs (${p.count}), the limit is ${p.limit}; real reports have far fewer: check the file, or raise the limit with --max-size`,
  },
  'file.html-too-deep': {
    zh: (p) => `网页元素嵌套超过 ${p.limit} 层，不是正常网页（政府网站页面一般不超过 60 层）；请另存为 .txt 或 .docx 后再评查`,
    en: (p) => `the page nests its elements more than ${p.limit} deep, which no real page does (government pages stay under 60); save it as .txt or .docx and check that`,
  },
  'file.symlink-loop': {
    zh: () => '符号链接形成循环，无法打开；请检查链接指向',
    en: () => 'the symbolic links form a loop and cannot be opened; check where the link points',
  },
  'folder.unreadable': {
    zh: (p) => `无法读取文件夹（${p.reason}），其中的文件未评查；请检查权限后重试`,
    en: (p) => `cannot read the folder (${p.reason}); the files in it were not assessed: check its permissions and run again`,
  },
  'output.not-directory': {
    zh: () => '--out 应为文件夹，但这是一个已存在的文件；请换一个文件夹路径',
    en: () => '--out must be a folder, but this is an existing file; give a folder path',
  },
  'output.unwritable': {
    zh: (p) => `无法写入输出位置（${OUTPUT_REASON_ZH[p.reason as string] ?? p.reason}）；请检查路径与权限，或换一个位置`,
    en: (p) => `cannot write to the output location (${OUTPUT_REASON_EN[p.reason as string] ?? p.reason}); check the path and its permissions, or choose another`,
  },
  'output.locked': {
    zh: (p) => `另一个 fazhi 批量任务（进程 ${p.pid}）正在写入此文件夹；请等它结束，或换一个 --out`,
    en: (p) => `another fazhi batch (process ${p.pid}) is writing into this folder; wait for it to finish, or choose another --out`,
  },
  'output.write-failed': {
    zh: (p) => `写入失败（${p.reason === 'ENOSPC' ? '磁盘已满' : p.reason}）；输出不完整，请释放空间或换一个位置后重试`,
    en: (p) => `writing failed (${p.reason === 'ENOSPC' ? 'no space left on the device' : p.reason}); the output is incomplete: free space or choose another location, and run again`,
  },
  'file.binary': {
    zh: (p) => `这不是文本文件（看起来是二进制数据），无法按 ${p.ext} 读取；请另存为 .txt（UTF-8）、.docx 或 .html`,
    en: (p) => `this is not a text file (it looks like binary data), so it cannot be read as ${p.ext}; save it as .txt (UTF-8), .docx or .html`,
  },
  'file.corrupt-docx': {
    zh: (p) => `无法读取 .docx 文件（${p.reason}）；文件可能已损坏或并非 Word 文档，请用 Word/WPS 重新另存为 .docx`,
    en: (p) => `cannot read the .docx file (${p.reason}); it may be damaged or not a Word document: save it again as .docx from Word/WPS`,
  },
  'file.no-text': {
    zh: () => '文档中没有可读取的文字（可能是扫描件或图片）；请提供含文字的文件',
    en: () => 'the document has no readable text (a scan or images?); give a file that contains text',
  },
  'file.encoding-repaired': {
    zh: (p) => `有 ${p.count} 处字符无法按 ${p.encoding} 识别，已显示为“�”（${linesZh(p.lines)}）；请核对这些位置的文字，必要时用原始文件另存为 UTF-8 后重试`,
    en: (p) => `${p.count} character(s) could not be decoded as ${p.encoding} and show as "�" (${linesEn(p.lines)}); check the text there, or save the original file as UTF-8 and try again`,
  },
  'file.encoding-bom': {
    zh: () => '文件开头标明为 UTF-8（BOM），但内容是 GB18030/GBK 编码，已按 GB18030 读取；建议另存为 UTF-8',
    en: () => 'the file starts with a UTF-8 byte order mark but its content is GB18030/GBK, so it was read as GB18030; save it as UTF-8',
  },
  'file.encoding-damaged': {
    zh: (p) => `有 ${p.count} 处字符无法按 ${p.encoding} 识别（${linesZh(p.lines)}），文件可能已损坏或混有其他编码，读出的文字不可靠；请用原始文件另存为 UTF-8 后重试`,
    en: (p) => `${p.count} characters cannot be decoded as ${p.encoding} (${linesEn(p.lines)}): the file may be damaged or mix encodings, so its text cannot be trusted; save the original file as UTF-8 and try again`,
  },
  'file.encoding-mixed': {
    zh: (p) => `文件编码混杂：${linesZh(p.utf8Lines)}有 UTF-8 文字，${linesZh(p.gbLines)}有 GB18030/GBK 文字，无法可靠读取；请另存为 UTF-8 后重试`,
    en: (p) => `the file mixes encodings: UTF-8 text at ${linesEn(p.utf8Lines)}, GB18030/GBK text at ${linesEn(p.gbLines)}, so it cannot be read reliably; save it as UTF-8 and try again`,
  },
  'file.encoding-unknown': {
    zh: () => '无法识别文件编码：按 UTF-8、GB18030/GBK、UTF-16 读出的都不像中文文字；请另存为 UTF-8 后重试',
    en: () => 'cannot tell the file\'s encoding: read as UTF-8, GB18030/GBK or UTF-16 it does not look like Chinese text; save it as UTF-8 and try again',
  },
  'pack.bad-pattern': {
    zh: (p) => `事实“${p.fact}”的正则表达式“${p.pattern}”无效（${p.reason}）；请按 RE2 语法改写（不支持先行/后行断言和反向引用）`,
    en: (p) => `the regular expression "${p.pattern}" of fact "${p.fact}" is invalid (${p.reason}); rewrite it in RE2 syntax (no lookaround or backreferences)`,
  },
  ...ROSTER_MESSAGES,
};

/** A pack id's kind in Chinese, for duplicate and reserved id messages. */
const ID_KIND_ZH: Record<string, string> = { fact: '事实', rule: '规则', category: '分类', section: '报告部分' };
/** Why a fact id is reserved (pack.reserved-id). */
const RESERVED_WHY: Record<string, { zh: string; en: string }> = {
  builtin: { zh: '内置事实：report 为报告元数据，sections 为找到的报告部分', en: 'a built-in fact: report is the metadata, sections the parts found' },
  template: { zh: '消息模板参数：{{points}} 为得分，{{maxPoints}} 为分值', en: 'a message template parameter: {{points}} is the points earned, {{maxPoints}} the points at stake' },
  object: { zh: 'JavaScript 对象的内置属性名，会与对象自带的属性混淆', en: 'a built-in property name of JavaScript objects, which would be taken for the object\'s own machinery' },
};

/** The id and date formats of the schemas, in Chinese (their schema descriptions are English). */
const FORMAT_ZH: Record<string, string> = {
  '^[a-z][A-Za-z0-9]*$': '小驼峰写法的 id，如 headAppearanceRate',
  '^[a-z][a-z0-9_]*$': '小写字母、数字和下划线组成的 id，如 measures_and_results',
  '^[a-z][a-z0-9_]*(\\.[a-z0-9][a-z0-9-]*)+$': '以点分隔的规则 id，如 litigation.head-appearance-rate',
  '^\\d{4}-\\d{2}-\\d{2}$': 'YYYY-MM-DD 格式的日期，如 2025-03-31',
};

const TYPE_ZH: Record<string, string> = {
  number: '数字',
  integer: '整数',
  string: '文字',
  boolean: '是/否（true/false）',
  object: '映射（键: 值）',
  array: '列表',
  null: '空值',
  percent: '百分数（数字，100 表示 100%）',
  count: '非负整数',
  enum: '枚举值',
  date: '日期（YYYY-MM-DD）',
  text: '文字',
};
function typeZh(t: string): string {
  return t
    .split(/\s*(?:,|\|| or )\s*/)
    .map((x) => TYPE_ZH[x] ?? x)
    .join('或');
}

export function problemMessage(code: ProblemCode, params: Params, lang: Lang): string {
  return MESSAGES[code][lang](params);
}

const CONDITION_SHAPE = {
  'top-level': {
    zh: () => '顶层条件须为 all、any、not 或 condition（json-rules-engine 的要求）；单个条件请写成 all: [ … ]',
    en: () => 'a top-level condition must be all, any, not or condition (json-rules-engine requires it); wrap a single condition in all: [ … ]',
  },
  'not-mapping': { zh: () => '应为映射（一个条件）', en: () => 'expected a mapping (one condition)' },
  'several-kinds': {
    zh: (p: Params) => `同一层只能有 all、any、not、condition 之一，这里有 ${p.kinds}`,
    en: (p: Params) => `one level takes only one of all, any, not, condition; found ${p.kinds}`,
  },
  'extra-key': {
    zh: (p: Params) => `“${p.kind}”条件中不应有字段“${p.key}”`,
    en: (p: Params) => `a "${p.kind}" condition cannot have the field "${p.key}"`,
  },
  'not-list': { zh: (p: Params) => `${p.kind} 后应为条件列表`, en: (p: Params) => `${p.kind} takes a list of conditions` },
  'reference-name': { zh: () => 'condition 后应为命名条件的名称', en: () => 'condition takes the name of a named condition' },
  'unknown-key': {
    zh: (p: Params) => `不认识的字段“${p.key}”${p.hint ? `；是否应为“${p.hint}”？` : ''}`,
    en: (p: Params) => `unknown field "${p.key}"${p.hint ? `; did you mean "${p.hint}"?` : ''}`,
  },
  'leaf-needs': {
    zh: (p: Params) => `缺少 ${p.key}（条件须有 fact、operator、value）`,
    en: (p: Params) => `missing ${p.key} (a condition needs fact, operator and value)`,
  },
  path: { zh: () => 'path 应为简单 JSONPath，例如 $.publishedOn 或 $.items[0]', en: () => 'path must be a simple JSONPath such as $.publishedOn or $.items[0]' },
  'value-ref': {
    zh: () => 'value 为映射时表示引用另一事实，须写成 { fact: 事实名 }',
    en: () => 'a mapping as value refers to another fact: write { fact: factId }',
  },
  'empty-list': {
    zh: (p: Params) => `${p.kind}: [] 没有条件（${p.kind === 'all' ? '永远满足' : '永远不满足'}）；请列出条件或删除它`,
    en: (p: Params) => `${p.kind}: [] lists no condition (it ${p.kind === 'all' ? 'always holds' : 'never holds'}); list conditions or remove it`,
  },
  'meta-path': {
    zh: (p: Params) => `报告信息没有字段“${p.path}”${p.hint ? `；是否应为“$.${p.hint}”？` : ''}；可用：${p.allowed}`,
    en: (p: Params) => `report metadata has no field "${p.path}"${p.hint ? `; did you mean "$.${p.hint}"?` : ''}; fields: ${p.allowed}`,
  },
  'path-on-scalar': {
    zh: (p: Params) => `事实“${p.fact}”是${p.type}，不是对象，不能用 path；请去掉 path`,
    en: (p: Params) => `fact "${p.fact}" is a ${p.type}, not an object: it takes no path; remove the path`,
  },
  'value-type': {
    zh: (p: Params) => `事实“${p.fact}”是${p.type}，与“${p.value}”比较永远不会成立；请写${p.expected}`,
    en: (p: Params) => `fact "${p.fact}" is a ${p.type}: comparing it with "${p.value}" can never hold; write ${p.expected}`,
  },
  'list-operator': {
    zh: (p: Params) => `运算符 ${p.operator} 的 value 应为列表，例如 [a, b]`,
    en: (p: Params) => `operator ${p.operator} takes a list as value, e.g. [a, b]`,
  },
} satisfies Record<string, Record<Lang, Template>>;
export type ConditionShapeReason = keyof typeof CONDITION_SHAPE;

/** Line numbers as decode.ts passes them ("3,17,…" or a span "1–18"), in words. */
const linesZh = (v: string | number | undefined) => `第 ${String(v).replace(/,…$/, '').replace(/,/g, '、')} 行${String(v).endsWith(',…') ? '等' : ''}`;
const linesEn = (v: string | number | undefined) => `line${/[,–]/.test(String(v)) ? 's' : ''} ${String(v).replace(/,/g, ', ')}`;
