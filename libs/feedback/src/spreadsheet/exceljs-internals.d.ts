/**
 * The parts of exceljs 4.4 the import reads with, that its package does not export by name: its streaming worksheet
 * reader (the one ExcelJS.stream.xlsx.WorkbookReader creates per worksheet) and the style and shared-string parsers
 * its whole-workbook loader uses. Declared narrowly, as used by ./sheet-rows.ts.
 */
declare module 'exceljs/lib/stream/xlsx/worksheet-reader.js' {
  import type ExcelJS from 'exceljs';

  interface WorksheetReaderOptions {
    workbook: {
      sharedStrings: unknown[] | undefined;
      styles: unknown;
      properties: { model: { date1904: boolean } };
    };
    id: number;
    /** XML text in pieces: strings, since exceljs decodes each Buffer on its own (breaking characters split between two). */
    iterator: Iterable<string> | AsyncIterable<string>;
    options: { worksheets: 'emit'; hyperlinks: 'ignore' };
  }

  class WorksheetReader {
    constructor(options: WorksheetReaderOptions);
    [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
  }
  export default WorksheetReader;
}

declare module 'exceljs/lib/xlsx/xform/strings/shared-strings-xform.js' {
  class SharedStringsXform {
    parseStream(input: Iterable<string> | AsyncIterable<string>): Promise<unknown>;
    readonly values: unknown[];
  }
  export default SharedStringsXform;
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform.js' {
  class StyleManager {
    init(): void;
    parseStream(input: Iterable<string> | AsyncIterable<string>): Promise<unknown>;
  }
  export default StyleManager;
}

// The value kinds alone (ExcelJS.ValueType), without loading all of exceljs: the import's worker starts faster.
declare module 'exceljs/lib/doc/enums.js' {
  import type ExcelJS from 'exceljs';

  const Enums: { ValueType: typeof ExcelJS.ValueType };
  export default Enums;
}
