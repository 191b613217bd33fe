// Steps of the ledger's browser test (test/web/ledger.web-spec.ts): reading the figures (choosing from a select is the harness's `choose`).
import type { Page } from 'playwright-core';

/** The ledger's figures as a person reads them off the cards. */
export async function ledgerFigures(page: Page): Promise<{ tasks: string; adopted: string; partly: string }> {
  await page.getByTestId('ledger-tasks').waitFor();
  return {
    tasks: (await page.getByTestId('ledger-tasks').textContent()) ?? '',
    adopted: (await page.getByTestId('ledger-adopted').textContent()) ?? '',
    partly: (await page.getByTestId('ledger-partially-adopted').textContent()) ?? '',
  };
}

/** The tables of the ledger's breakdowns and of the legislature's overview, by the name each is read out with. */
export const LEDGER_TABLES = [
  '按年度的数字',
  '按任务的数字',
  '按联系单位的数字',
  '按征集方式的数字',
  '按采集员的数字',
] as const;
export const OVERVIEW_TABLE = '各联系点的数字';

/**
 * A table's lines as a person reads them: each line's figures by their heading. On a desk the table's header and body
 * rows; on a phone (one block per line) each block's labels and values. `name` is the line's name (its first cell or
 * its block's label).
 */
export async function tableLines(page: Page, name: string): Promise<Array<Record<string, string>>> {
  const box = page.locator(`[aria-label="${name}"]`);
  await box.waitFor();
  // A table still loading has no lines yet (the years are read after the year's figures).
  await box.locator('tbody tr.ant-table-row, :scope > li').first().waitFor();
  const trim = (texts: string[]) => texts.map((t) => t.trim());
  const lines: Array<Record<string, string>> = [];
  if (await box.locator('table').count()) {
    const heads = trim(await box.locator('thead th').allTextContents());
    for (const row of await box.locator('tbody tr.ant-table-row').all()) {
      const cells = trim(await row.locator('td').allTextContents());
      lines.push({ name: cells[0], ...Object.fromEntries(cells.map((c, i) => [heads[i], c])) });
    }
  } else {
    for (const block of await box.locator(':scope > li').all()) {
      const labels = trim(await block.locator('dt').allTextContents());
      const values = trim(await block.locator('dd').allTextContents());
      lines.push({
        name: (await block.getAttribute('aria-label')) ?? '',
        ...Object.fromEntries(labels.map((l, i) => [l, values[i]])),
      });
    }
  }
  return lines;
}
