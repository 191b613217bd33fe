import { describe, expect, it } from '@jest/globals';
import { DATE_INPUT_YEARS, DateScalar, parseDateInput, parseDateTimeInput } from './scalars.js';
import { BadInputError } from './errors.js';

const reasonOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof BadInputError ? error.reason : 'not a BadInputError';
  }
  return undefined;
};

describe('DateTime input', () => {
  it('takes an instant with its offset', () => {
    expect(parseDateTimeInput('2026-12-15T23:59:59+08:00').toISOString()).toBe('2026-12-15T15:59:59.000Z');
    expect(parseDateTimeInput('2026-12-15T15:59Z').toISOString()).toBe('2026-12-15T15:59:00.000Z');
    expect(parseDateTimeInput('2026-12-15T15:59:59.123Z').toISOString()).toBe('2026-12-15T15:59:59.123Z');
  });

  it.each([
    '2026-12-15',
    '2026-12-15T17:00:00',
    '2026-02-30T12:00:00+08:00',
    '2026-12-15T24:00:00Z',
    '15/12/2026',
    '',
    1765814399000,
    null,
  ])('refuses %p with INVALID_DATE_TIME', (value) => {
    expect(reasonOf(() => parseDateTimeInput(value))).toBe('INVALID_DATE_TIME');
  });
});

describe('Date', () => {
  it('takes a real calendar date and keeps its text', () => {
    expect(parseDateInput('2024-02-29')).toBe('2024-02-29');
  });

  it.each(['2023-02-29', '2024-13-01', '2024-3-1', '2024-03-01T00:00:00Z', '20240301', 20240301])(
    'refuses %p with INVALID_DATE',
    (value) => {
      expect(reasonOf(() => parseDateInput(value))).toBe('INVALID_DATE');
    },
  );

  it(`takes years ${DATE_INPUT_YEARS.first} to ${DATE_INPUT_YEARS.last}, refuses others with DATE_OUT_OF_RANGE`, () => {
    expect(parseDateInput(`${DATE_INPUT_YEARS.first}-01-01`)).toBe(`${DATE_INPUT_YEARS.first}-01-01`);
    expect(parseDateInput(`${DATE_INPUT_YEARS.last}-12-31`)).toBe(`${DATE_INPUT_YEARS.last}-12-31`);
    for (const value of ['1000-01-01', '1900-01-01', '1999-12-31', '2101-01-01', '9999-12-31']) {
      expect(reasonOf(() => parseDateInput(value))).toBe('DATE_OUT_OF_RANGE');
    }
    // A date that does not exist is that first, whatever its year.
    expect(reasonOf(() => parseDateInput('9999-02-30'))).toBe('INVALID_DATE');
  });

  it('writes what the two databases give back as YYYY-MM-DD', () => {
    expect(DateScalar.serialize('2024-03-01')).toBe('2024-03-01');
    // mysql2 reads a DATE column as local midnight.
    expect(DateScalar.serialize(new Date(2024, 2, 1))).toBe('2024-03-01');
  });
});
