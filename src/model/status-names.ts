import type { Status } from './assessment.js';

/** How each finding status reads to people, in one place: the card, the batch outputs and the published checklist. */
export const STATUS_NAMES: Record<'zh' | 'en', Record<Status, string>> = {
  zh: {
    pass: '通过',
    fail: '不符合',
    missing: '未载明',
    not_applicable: '不适用',
    waived: '已豁免',
    error: '规则错误',
  },
  en: {
    pass: 'pass',
    fail: 'fail',
    missing: 'not stated',
    not_applicable: 'not applicable',
    waived: 'waived',
    error: 'rule error',
  },
};
