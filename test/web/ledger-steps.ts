// Steps of the ledger's browser test (test/web/ledger.web-spec.ts): reading the figures and choosing from antd selects.
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

/** Types into a searchable select (labelled `label`) and takes the first match with Enter, as a keyboard user would. */
export async function choose(page: Page, label: string, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(text);
  await page.locator('.ant-select-item-option-active').filter({ hasText: text }).waitFor();
  await box.press('Enter');
}
