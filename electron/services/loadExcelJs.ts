/**
 * exceljs (over a megabyte of script) loads when a workbook is first read or written — a
 * portfolio, a tracker coming back — not when the app's main process starts.
 */
import type ExcelJS from 'exceljs';

export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
