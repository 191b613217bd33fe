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
