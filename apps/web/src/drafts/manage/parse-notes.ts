// The parser's warnings split into problems to check (a gap, a duplicate, a number out of order…) and what it did as
// it should, said as information: a 目录 it skipped is the parser working, not 1 个问题. Pure: unit-tested in test/unit.

/** Warning codes that report a correct step, not a problem in the text. */
const INFORMATION_CODES = ['TABLE_OF_CONTENTS_SKIPPED'];

export function splitParseNotes<W extends { code: string }>(
  warnings: readonly W[],
): { problems: W[]; notes: W[] } {
  return {
    problems: warnings.filter((w) => !INFORMATION_CODES.includes(w.code)),
    notes: warnings.filter((w) => INFORMATION_CODES.includes(w.code)),
  };
}
