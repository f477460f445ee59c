/** The periodic summary (SPEC §6): periods, counts, and the sheet model the workbook adapters draw. */
export * from './types';
export * from './periods';
export * from './build';
export * from './sheet';
