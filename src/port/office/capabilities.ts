/**
 * What this Excel can do, by ExcelApi requirement set. The manifest asks for 1.6 (conditional
 * formats, the core flow); everything newer is detected here so the pane can hide a feature and
 * say why instead of failing.
 */
import type { Lang } from '../../core/types';

export type CapabilityName =
  | 'settings'
  | 'conditionalFormats'
  | 'freezePanes'
  | 'dataValidation'
  | 'copyFormats'
  | 'mergedAreas';

/** The ExcelApi version each feature needs (where it arrived, see docs/OFFICE-NOTES.md). */
export const CAPABILITY_SETS: Record<CapabilityName, string> = {
  settings: '1.4',
  conditionalFormats: '1.6',
  freezePanes: '1.7',
  dataValidation: '1.8',
  copyFormats: '1.9',
  mergedAreas: '1.13',
};

export type OfficeCapabilities = Record<CapabilityName, boolean>;

export type SetSupportCheck = (name: string, minVersion: string) => boolean;

/** Office.context.requirements.isSetSupported, or "nothing" outside Office (standalone page, tests). */
function hostSetSupport(): SetSupportCheck {
  const requirements = typeof Office !== 'undefined' ? Office.context?.requirements : undefined;
  if (!requirements) return () => false;
  return (name, minVersion) => {
    try {
      return requirements.isSetSupported(name, minVersion);
    } catch {
      return false;
    }
  };
}

export function officeCapabilities(isSetSupported: SetSupportCheck = hostSetSupport()): OfficeCapabilities {
  const result = {} as OfficeCapabilities;
  for (const name of Object.keys(CAPABILITY_SETS) as CapabilityName[]) {
    result[name] = isSetSupported('ExcelApi', CAPABILITY_SETS[name]);
  }
  return result;
}

const FEATURE_WORDS: Record<CapabilityName, Record<Lang, string>> = {
  settings: { vi: 'Lưu cài đặt trong sổ tính', en: 'Saving settings in the workbook' },
  conditionalFormats: { vi: 'Tô màu các dòng', en: 'Colouring rows' },
  freezePanes: { vi: 'Cố định dòng tiêu đề của trang tổng hợp', en: 'Freezing the summary heading rows' },
  dataValidation: { vi: 'Thêm cột theo dõi (danh sách chọn, ô ngày)', en: 'Adding tracking columns (drop-down list, date cells)' },
  copyFormats: { vi: 'Chép định dạng tiêu đề', en: 'Copying header formatting' },
  mergedAreas: { vi: 'Đọc ô gộp (ô trộn)', en: 'Reading merged cells' },
};

/** Why a feature is hidden or reduced, in words for the task pane. */
export function capabilityReason(name: CapabilityName, lang: Lang): string {
  const version = CAPABILITY_SETS[name];
  const feature = FEATURE_WORDS[name][lang];
  if (lang === 'vi') {
    return (
      `${feature}: phiên bản Excel này chưa hỗ trợ (cần ExcelApi ${version}). ` +
      'Hãy dùng Excel 2021 trở lên, Microsoft 365 hoặc Excel trên web.'
    );
  }
  return (
    `${feature}: this version of Excel does not support it (needs ExcelApi ${version}). ` +
    'Use Excel 2021 or later, Microsoft 365 or Excel on the web.'
  );
}

/** What is lost when merged areas cannot be read (the reading still works, a little less well). */
export function mergedAreasDegradedNote(lang: Lang): string {
  return lang === 'vi'
    ? 'Excel này không cho đọc ô gộp: ô STT hay Mục tiêu gộp qua nhiều dòng chỉ được tính cho dòng đầu.'
    : 'This Excel cannot report merged cells: a No. or Goal cell merged over several rows counts for its first row only.';
}
