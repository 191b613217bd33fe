/**
 * Property tests: random valid opinions are written the many ways a collector's spreadsheet holds them (labels or
 * English names, date cells or text dates in three forms, numbers as numbers or text, rich text, surrounding spaces,
 * blank rows in between, columns in any order, optional columns left out) and parsed back: the same values must
 * come out, under the right row numbers, with no errors.
 */
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import {
  CHANNEL_LABELS,
  CONTRIBUTOR_CATEGORY_LABELS,
  ContributorCategory,
  OPINION_LIMITS,
  PEOPLE_BY_CHANNEL,
  OpinionChannel,
} from '../feedback.enums.js';
import {
  GENERAL_OPINION,
  OPINION_COLUMNS,
  provisionEntry,
  templateHeader,
  type OpinionColumnKey,
} from './opinion-columns.js';
import { parseOpinionSheet, type ParsedOpinionRow } from './opinion-import.js';
import { SAMPLE_PROVISIONS, openTemplate, setRow, toBuffer, type RowCells } from './testing.js';

const TODAY = '2024-06-30';
const CONTEXT = { provisions: SAMPLE_PROVISIONS, today: TODAY };

// ---- Values ---------------------------------------------------------------------------------------------------

// No underscore: the file format reads _x0041_ as an escape, which Excel (unlike exceljs) would have escaped itself.
const CHARS = [
  ...'建议修改为应当可以删除本条款第一二三四五六七八九十犬只养人登记社区街道居民群众律师代表罚款管理部门',
  ...'，。、；：“”（）《》？！—',
  ...'abcXYZ0123456789 .,-()%/',
  ' ',
  '\u3000',
  '\n',
  '𠀀',
];
const char = fc.constantFrom(...CHARS);

/** Text as stored: trimmed, not empty. */
function text(maxLength: number): fc.Arbitrary<string> {
  return fc
    .array(char, { minLength: 1, maxLength })
    .map((cs) => cs.join('').trim())
    .filter((s) => s !== '' && Array.from(s).length <= maxLength);
}

const optionalText = (maxLength: number): fc.Arbitrary<string | null> =>
  fc.option(text(maxLength), { nil: null });

/** A one-line text (a place, a unit: the reader joins a cell's lines with a space, as stored text never has them). */
const optionalLine = (maxLength: number): fc.Arbitrary<string | null> =>
  optionalText(maxLength).filter((s) => s === null || !s.includes('\n'));

const TAG_CHARS = CHARS.filter((c) => !/[、,，;；\s]/u.test(c));
const tag = fc
  .array(fc.constantFrom(...TAG_CHARS), { minLength: 1, maxLength: OPINION_LIMITS.tagLength })
  .map((cs) => cs.join(''));

const isoDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const opinion: fc.Arbitrary<ParsedOpinionRow> = fc
  .record({
    provisionAddress: fc.option(fc.constantFrom(...SAMPLE_PROVISIONS.map((p) => p.address)), { nil: null }),
    proposedChange: text(80),
    reason: optionalText(80),
    channel: fc.constantFrom(...Object.values(OpinionChannel)),
    gatheredOn: fc.option(isoDate, { nil: null }),
    place: optionalLine(OPINION_LIMITS.place),
    peopleRepresented: fc.oneof(
      fc.constant(1),
      fc.integer({ min: 1, max: OPINION_LIMITS.peopleRepresented }),
    ),
    contributorCategory: fc.option(fc.constantFrom(...Object.values(ContributorCategory)), { nil: null }),
    contributorUnit: optionalLine(OPINION_LIMITS.unit),
    tags: fc.uniqueArray(tag, { maxLength: OPINION_LIMITS.tags }),
    // Believable for its channel (a 走访 stands for at most PEOPLE_BY_CHANNEL.VISIT people).
  })
  .map((o) => ({ ...o, peopleRepresented: Math.min(o.peopleRepresented, PEOPLE_BY_CHANNEL[o.channel]) }));

// ---- How a value is written ------------------------------------------------------------------------------------

/** The free choices of a collector's spreadsheet for one row, drawn once per row. */
interface Spelling {
  provision: 'citation' | 'entry' | 'address' | 'halfWidth';
  generalAsEmpty: boolean;
  english: boolean;
  date: 'cell' | 'iso' | 'slash' | 'chinese';
  numberAsText: boolean;
  richText: boolean;
  padding: string;
  tagSeparator: string;
}

const spelling: fc.Arbitrary<Spelling> = fc.record({
  provision: fc.constantFrom('citation', 'entry', 'address', 'halfWidth'),
  generalAsEmpty: fc.boolean(),
  english: fc.boolean(),
  date: fc.constantFrom('cell', 'iso', 'slash', 'chinese'),
  numberAsText: fc.boolean(),
  richText: fc.boolean(),
  padding: fc.constantFrom('', ' ', '\u3000', '  '),
  tagSeparator: fc.constantFrom('、', '，', ',', '；', ' 、'),
});

function cellsOf(value: ParsedOpinionRow, how: Spelling): RowCells {
  const pad = (s: string | null): string | null => (s === null ? null : `${how.padding}${s}${how.padding}`);
  const provision = SAMPLE_PROVISIONS.find((p) => p.address === value.provisionAddress);
  let provisionCell: string | null;
  if (!provision) provisionCell = how.generalAsEmpty ? null : GENERAL_OPINION;
  else if (how.provision === 'citation') provisionCell = provision.citation;
  else if (how.provision === 'entry') provisionCell = provisionEntry(provision);
  else if (how.provision === 'address') provisionCell = provision.address;
  else provisionCell = provision.citation.replace('（', '(').replace('）', ')');

  const [y, m, d] = (value.gatheredOn ?? '').split('-').map(Number);
  const dateCell: ExcelJS.CellValue =
    value.gatheredOn === null
      ? null
      : how.date === 'cell'
        ? new Date(Date.UTC(y, m - 1, d))
        : how.date === 'iso'
          ? value.gatheredOn
          : how.date === 'slash'
            ? `${y}/${m}/${d}`
            : `${y}年${m}月${d}日`;

  const change = pad(value.proposedChange) ?? '';
  return {
    provision: provisionCell,
    proposedChange: how.richText
      ? { richText: Array.from(change).length > 1 ? splitRuns(change) : [{ text: change }] }
      : change,
    reason: pad(value.reason),
    channel: how.english ? value.channel.toLowerCase() : CHANNEL_LABELS[value.channel],
    gatheredOn: dateCell,
    place: pad(value.place),
    peopleRepresented:
      value.peopleRepresented === 1 && how.generalAsEmpty
        ? null
        : how.numberAsText
          ? String(value.peopleRepresented)
          : value.peopleRepresented,
    contributorCategory:
      value.contributorCategory === null
        ? null
        : how.english
          ? value.contributorCategory
          : CONTRIBUTOR_CATEGORY_LABELS[value.contributorCategory],
    contributorUnit: pad(value.contributorUnit),
    tags: value.tags.length === 0 ? null : value.tags.join(how.tagSeparator),
  };
}

function splitRuns(s: string): ExcelJS.RichText[] {
  const chars = Array.from(s);
  const half = Math.floor(chars.length / 2);
  return [
    { text: chars.slice(0, half).join('') },
    { text: chars.slice(half).join(''), font: { bold: true } },
  ];
}

/** A row, or a blank row before it. */
const entry = fc.record({ value: opinion, how: spelling, blankBefore: fc.boolean() });

describe('parseOpinionSheet (property)', () => {
  it('gives back the opinions written into the template, under their row numbers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 8 }), async (entries) => {
        const { workbook, sheet } = await openTemplate();
        const expected: Array<{ row: number; value: ParsedOpinionRow }> = [];
        let row = 2;
        for (const { value, how, blankBefore } of entries) {
          if (blankBefore) row++;
          setRow(sheet, row, cellsOf(value, how));
          expected.push({ row, value });
          row++;
        }
        const result = await parseOpinionSheet(await toBuffer(workbook), CONTEXT);
        expect(result.errors).toEqual([]);
        expect(result.rows).toEqual(expected);
        expect(result.totalRows).toBe(entries.length);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('reads the same values whatever the order of the columns and whichever optional columns are left out', async () => {
    const optional = OPINION_COLUMNS.filter((c) => !c.requiredColumn).map((c) => c.key);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ value: opinion, how: spelling }), { minLength: 1, maxLength: 5 }),
        fc.subarray(optional),
        fc.integer({ min: 0, max: 1_000_000 }),
        async (rows, kept, seed) => {
          const keys: OpinionColumnKey[] = OPINION_COLUMNS.map((c) => c.key).filter(
            (k) => !optional.includes(k) || kept.includes(k),
          );
          const order = shuffle(keys, seed);
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet('导入');
          sheet.addRow(
            order.map((k) => templateHeader(OPINION_COLUMNS.find((c) => c.key === k) ?? OPINION_COLUMNS[0])),
          );
          for (const { value, how } of rows) {
            const cells = cellsOf(value, how);
            sheet.addRow(order.map((k) => cells[k] ?? null));
          }
          const result = await parseOpinionSheet(await toBuffer(workbook), CONTEXT);
          expect(result.errors).toEqual([]);
          expect(result.rows.map((r) => r.value)).toEqual(
            rows.map(({ value }) => withoutColumns(value, kept)),
          );
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});

/** What an opinion becomes when some optional columns are not in the sheet: their defaults. */
function withoutColumns(value: ParsedOpinionRow, kept: OpinionColumnKey[]): ParsedOpinionRow {
  const has = (k: OpinionColumnKey): boolean => kept.includes(k);
  return {
    ...value,
    reason: has('reason') ? value.reason : null,
    gatheredOn: has('gatheredOn') ? value.gatheredOn : null,
    place: has('place') ? value.place : null,
    peopleRepresented: has('peopleRepresented') ? value.peopleRepresented : 1,
    contributorCategory: has('contributorCategory') ? value.contributorCategory : null,
    contributorUnit: has('contributorUnit') ? value.contributorUnit : null,
    tags: has('tags') ? value.tags : [],
  };
}

function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
