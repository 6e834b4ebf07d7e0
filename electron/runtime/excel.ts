/**
 * exceljs, loaded when a sheet is first read or written. Loading it takes longer than the rest of
 * the hub together, and a station restarting after a power cut has kiosks waiting, not spreadsheets.
 */
export async function loadExcelJs() {
  return (await import('exceljs')).default;
}
