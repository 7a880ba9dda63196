import { Words } from './vocabulary-words.js';

/**
 * vocabulary.yaml's words for more of the same told after a figure — by a sentence opening with an addition word, by
 * the reporter's own arm, kind by kind — and for what is not added (spread into VocabularyFile, vocabulary.ts).
 */
export const additionWords = {
  addition: Words.optional().describe(
    'words opening a sentence that tells more of what the sentence before it counted (…4场次。此外，…另行举办岗前培训' +
      '2场次): a figure of the same fact and rank there is added to it: 此外, 另外 …',
  ),
  caseKinds: Words.optional().describe(
    'words naming a kind of case or dispute that a count is told by, item after item, right after its cue or context ' +
      'cue (法律援助案件刑事76件、民事188件; 受理离婚纠纷58件、赡养纠纷17件), or clause by clause (…邻里纠纷62件，' +
      '土地纠纷38件): each item is a kind of the thing counted, added: 刑事, 民事, 邻里 …',
  ),
  additionVerbs: Words.optional().describe(
    'words after a short subject naming the reporter\u2019s own enforcement arm (`ownArms`) that tell more of what the ' +
      'sentence before counted (…参训96人次；县农业综合行政执法大队另开展…培训3期，参训84人次): added, as after ' +
      '`addition`: 另开展, 另组织 …',
  ),
  unitsUnder: Words.optional().describe(
    'words naming the units under the reporter (局属医疗机构, 所属事业单位, 下属各卫生院): a sentence or clause told as ' +
      'more of the same that opens on one (此外，局属医疗机构开展法治讲座30余场) tells their figures — not added: ' +
      '所属, 下属 …',
  ),
  alreadyCounted: Words.optional().describe(
    'words after an added figure saying it is already in the figure before (…另组织培训2期，参训96人次，已计入上述' +
      '数据): not added: 已计入, 已含在 …',
  ),
  ownArms: Words.optional().describe(
    'words naming a department\u2019s own enforcement arm, whose work is the department\u2019s (执法大队, 稽查大队 …); ' +
      'where a body names itself (title, a line of its own, its opening subject) they also end a department\u2019s name: ' +
      'an arm reporting on its own (县交通运输综合行政执法大队2025年…报告)',
  ),
  ownOffices: Words.optional().describe(
    'words naming a department\u2019s own offices apart from its arms (局机关, 机关本级): a figure a sentence they open ' +
      'gives is the offices\u2019 alone, so the same fact\u2019s figure its own arm (`ownArms`) gives in the next ' +
      'sentence or semicolon\u2019s clause is added (局机关组织培训4次；执法大队举办培训3期 → 7)',
  ),
};
