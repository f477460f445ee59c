/** How the adapter reaches Excel: Excel.run in the add-in, a fake in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run, looked up only when used: importing the adapter must work where Office.js is absent. */
export const excelRun: ExcelRunner = (batch) => Excel.run(batch);
