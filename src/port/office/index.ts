/** The Office.js side of the workbook port, for the task pane. */
export { createOfficeWorkbook, SETTINGS_KEY } from './officeWorkbook';
export type { OfficeWorkbookOptions } from './officeWorkbook';
export { officeCapabilities, capabilityReason, mergedAreasDegradedNote, CAPABILITY_SETS } from './capabilities';
export type { CapabilityName, OfficeCapabilities } from './capabilities';
export { addTrackingColumns, TRACKING_HEADERS, TRACKING_STATUS_VALUES } from './trackingColumns';
export { WorkbookActionError } from './errors';
export type { ExcelRunner } from './runner';
