/** Office glue for the pane: select a cell in Excel. Kept out of the components on purpose. */

/** Activate the sheet and select the cell ("D37"); resolves false if Excel refuses (sheet renamed, protected…). */
export async function selectCellInExcel(sheet: string, address: string): Promise<boolean> {
  try {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
    return true;
  } catch (error) {
    console.warn('phuluc: could not select', sheet, address, error);
    return false;
  }
}
