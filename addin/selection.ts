// Moving the analyst's selection: a finding clicked in the task pane selects the cell it is about.

/** Activates `sheet` and selects `address` (A1, on that sheet). */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
