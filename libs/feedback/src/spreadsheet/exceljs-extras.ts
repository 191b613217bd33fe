/** What exceljs 4.4 has at runtime but leaves out of its typings, declared narrowly instead of reaching for `any`. */
import type ExcelJS from 'exceljs';

export interface SheetDataValidations {
  /** Keyed by cell address or range (A2:A10001); ranges are written as one rule. On load, ranges are expanded. */
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}

export function dataValidationsOf(sheet: ExcelJS.Worksheet): SheetDataValidations {
  return (sheet as unknown as { dataValidations: SheetDataValidations }).dataValidations;
}
