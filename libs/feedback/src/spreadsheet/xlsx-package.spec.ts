/** The look inside the zip package: cell references, sheet names through the relationships, merged ranges. */
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import {
  filledTemplate,
  rewritePart,
  toBuffer,
  unzipEntries,
  withJunkSharedStrings,
  zip,
} from './testing.js';
import {
  columnLetters,
  columnNumber,
  inspectXlsxPackage,
  parseRange,
  type PackageLimits,
} from './xlsx-package.js';

const LIMITS: PackageLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCells: 2_000_000,
  maxRowElements: 50_000,
  maxDataRows: 10_000,
  maxSharedStrings: 200_000,
  maxStyleRecords: 65_000,
  maxSheets: 100,
  maxZipEntries: 1_000,
};

describe('cell references', () => {
  it('turns column numbers into letters and back', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (n) => columnNumber(columnLetters(n)) === n));
  });

  it('reads ranges, single cells and absolute references', () => {
    expect(parseRange('A2:C1048576')).toEqual({
      top: 2,
      left: 1,
      bottom: 1048576,
      right: 3,
      ref: 'A2:C1048576',
    });
    expect(parseRange('$B$3')).toMatchObject({ top: 3, bottom: 3, left: 2, right: 2 });
    expect(parseRange('C5:A1')).toMatchObject({ top: 1, bottom: 5, left: 1, right: 3 });
    expect(parseRange('第一条')).toBeUndefined();
  });
});

describe('inspectXlsxPackage', () => {
  it('names each sheet through the workbook’s relationships and collects its merged ranges', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').getCell('A1').value = '说明';
    const opinions = workbook.addWorksheet('A&B <意见>');
    opinions.getCell('A1').value = '条款';
    opinions.mergeCells('A2:A4');
    opinions.mergeCells('B6:D6');
    const pkg = inspectXlsxPackage(await toBuffer(workbook), LIMITS);
    expect(pkg.sheets.map((s) => s.name)).toEqual(['说明', 'A&B <意见>']);
    expect(pkg.sheets[1].merges.map((m) => m.ref).sort()).toEqual(['A2:A4', 'B6:D6']);
    expect(pkg.sheets[0].merges).toEqual([]);
  });

  it('takes a package apart and puts it back together unchanged', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('意见').addRow(['条款', '修改意见']);
    const entries = unzipEntries(await toBuffer(workbook));
    expect([...unzipEntries(zip(entries))]).toEqual([...entries]);
    expect(entries.has('xl/workbook.xml')).toBe(true);
  });

  it('refuses a file over the upload limit before reading it', () => {
    expect(() => inspectXlsxPackage(Buffer.alloc(100), { ...LIMITS, maxFileBytes: 50 })).toThrow(
      expect.objectContaining({ reason: 'FILE_TOO_LARGE' }),
    );
  });

  // Counts exceljs would build objects for, whatever the cells use: each refused with its own reason before exceljs
  // reads anything (F1: 2.5 million tiny shared strings in 6 MB took the server's event loop for seconds).
  it('refuses more shared strings than the limit, counting the entries rather than trusting the declared count', async () => {
    const sheet = await filledTemplate([{ proposedChange: '建议', channel: '座谈会' }]);
    const count = (xlsx: Buffer) => inspectXlsxPackage(xlsx, { ...LIMITS, maxSharedStrings: 500 });
    expect(() => count(withJunkSharedStrings(sheet, 100))).not.toThrow();
    for (const bomb of [withJunkSharedStrings(sheet, 600), withJunkSharedStrings(sheet, 600, 1)]) {
      expect(() => count(bomb)).toThrow(
        expect.objectContaining({
          reason: 'TOO_MANY_SHARED_STRINGS',
          message: expect.stringContaining('超过了 500 个的上限'),
        }),
      );
    }
  }, 30_000);

  it('refuses a style sheet with more records than the limit', async () => {
    const sheet = await filledTemplate([{ proposedChange: '建议', channel: '座谈会' }]);
    const bomb = rewritePart(sheet, 'xl/styles.xml', (xml) =>
      xml.replace(
        /<cellXfs count="\d+">/u,
        (open) => `${open}${'<xf numFmtId="0" fontId="0"/>'.repeat(1000)}`,
      ),
    );
    expect(() => inspectXlsxPackage(bomb, LIMITS)).not.toThrow();
    expect(() => inspectXlsxPackage(bomb, { ...LIMITS, maxStyleRecords: 1000 })).toThrow(
      expect.objectContaining({ reason: 'TOO_MANY_STYLES' }),
    );
  }, 30_000);

  it('refuses more worksheets, and more zip entries, than the limits', async () => {
    const workbook = new ExcelJS.Workbook();
    for (let i = 0; i < 5; i++) workbook.addWorksheet(`表${i}`).getCell('A1').value = i;
    const book = await toBuffer(workbook);
    expect(() => inspectXlsxPackage(book, LIMITS)).not.toThrow();
    expect(() => inspectXlsxPackage(book, { ...LIMITS, maxSheets: 4 })).toThrow(
      expect.objectContaining({ reason: 'TOO_MANY_SHEETS' }),
    );
    const entries = unzipEntries(book);
    expect(() => inspectXlsxPackage(book, { ...LIMITS, maxZipEntries: entries.size - 1 })).toThrow(
      expect.objectContaining({ reason: 'TOO_MANY_PARTS' }),
    );
  }, 30_000);
});
