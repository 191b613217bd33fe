// Steps of the full-loop browser test (full-loop.web-spec.ts), each done through the pages by one of the demo's people:
// the liaison officer consolidates and asks for approval, the head approves and submits, the legislature decides every
// row and publishes, the collector reads the outcome, and anyone reads the ledger's figures. Waits are for what a
// person would wait for (a message, a figure, a state), never for time.
import type { Locator, Page } from 'playwright-core';
import { choose, clickInDialog, motionsSettled } from './web-harness.js';

/** An opinion of the demo's open 养犬 round that the liaison officer marks 不予报送 (the collector recorded it). */
export const OUT_OF_SCOPE = {
  text: '总体赞成出台养犬管理条例，建议加强宣传，给养犬人办理登记留出过渡期。',
  reason: '属于宣传和实施工作的建议，已转交区公安分局，不列入条文修改意见。',
};
/**
 * Two suggestions on one provision that say the same, merged: the online campaign's group (its wording is the group's
 * first opinion by receipt number, so any of its variants) and a forum's opinion.
 */
export const MERGED = {
  campaign: /装[入进]犬笼后\s*乘坐公共交通工具/,
  campaignOpinion: '建议允许小型犬装入犬笼后乘坐公共交通工具。',
  forum: '建议允许携带装入犬笼的小型犬乘坐轨道交通，并规定具体时段。',
};
/** The collector's opinion whose own suggestion the collector checks afterwards (王建国's, demo-opinions.ts). */
export const COLLECTORS_OWN = '建议将“每户限养一只犬”修改为“每户限养两只犬，但烈性犬除外”。';

export const OUTCOMES = ['采纳', '部分采纳', '未采纳', '研究中'] as const;
export type OutcomeLabel = (typeof OUTCOMES)[number];

export const LEDGER_FIGURES = [
  'ledger-tasks',
  'ledger-opinions',
  'ledger-suggestions',
  'ledger-adopted',
  'ledger-partially-adopted',
  'ledger-not-adopted',
  'ledger-under-study',
] as const;
export type LedgerFigures = Record<(typeof LEDGER_FIGURES)[number], number>;

/** How long a person waits for the server's bigger steps (grouping, drafting, sign-off, publishing) on a busy machine. */
const SERVER_WORK = { timeout: 60_000 };

const number = async (l: Locator): Promise<number> => Number((await l.textContent())?.trim());

/** The ledger's figures for the signed-in person's point and a year, as read off the cards. */
export async function readLedger(page: Page, year: number): Promise<LedgerFigures> {
  await page.goto(`/ledger?year=${year}`);
  await page.getByText(`${year} 年度（按任务发出年份统计）`).waitFor();
  await page.getByTestId('ledger-tasks').waitFor();
  const figures = {} as LedgerFigures;
  for (const id of LEDGER_FIGURES) figures[id] = await number(page.getByTestId(id));
  return figures;
}

const workbenchFigure = (page: Page, id: string) => number(page.getByTestId(id));

/** Waits until a workbench figure reads `n` (the figures refresh after each action). */
async function figureReads(page: Page, id: string, n: number): Promise<void> {
  await page.getByTestId(id).getByText(String(n), { exact: true }).waitFor();
}

/**
 * The liaison officer, from 首页's 汇总工作台: 提交审核 waits while 未处理 > 0; groups duplicates; marks one opinion
 * 不予报送 from the list of what is left; drafts the table; merges two suggestions; 未处理 reaches 0, 提交审核 enables
 * and is sent. Answers the figures read on the way.
 */
export async function liaisonConsolidates(
  page: Page,
  title: string,
): Promise<{ leftAtStart: number; groups: number; suggestions: number }> {
  await page.goto('/');
  await page.getByRole('link', { name: `${title}的汇总工作台` }).click();
  await page.getByRole('heading', { name: '汇总工作台' }).waitFor();
  await page.getByTestId('count-unaccounted').waitFor();
  const leftAtStart = await workbenchFigure(page, 'count-unaccounted');
  const request = page.getByRole('button', { name: '提交审核' });
  if (!(await request.isDisabled())) throw new Error('提交审核 is enabled while opinions are left');
  await page.getByText(`还有 ${leftAtStart} 条意见未处理`).waitFor();

  await page.getByRole('button', { name: '分组重复意见' }).click();
  const grouped = page.getByText(/^分组完成：比对 \d+ 条意见，找到 (\d+) 个重复意见组/);
  await grouped.waitFor(SERVER_WORK);
  const groups = Number(/找到 (\d+) 个/.exec((await grouped.textContent()) ?? '')![1]);

  // 不予报送, from what is left (the counter links there), with its reason.
  await page.getByRole('link', { name: /^未处理 \d+ 条，查看$/ }).click();
  await page.getByText(`未处理的意见：${leftAtStart} 条`).waitFor();
  await page
    .locator('.wb-list .wb-row')
    .filter({ hasText: OUT_OF_SCOPE.text })
    .getByRole('checkbox', { name: /^选择意见/ })
    .check();
  await page.getByRole('button', { name: '不予报送…' }).click();
  await page.getByLabel('不予报送的理由').fill(OUT_OF_SCOPE.reason);
  await page.getByRole('button', { name: '标记不予报送' }).click();
  await page.getByText('已将 1 条意见标记为不予报送').waitFor();
  await figureReads(page, 'count-unaccounted', leftAtStart - 1);
  await figureReads(page, 'count-out', 1);

  // The first draft: a suggestion per duplicate group and per opinion left.
  await page.getByRole('button', { name: '生成汇总初稿' }).click();
  await confirmDraft(page, leftAtStart - 1);
  await page.getByText(/^已生成 \d+ 个汇总条目/).waitFor(SERVER_WORK);
  await figureReads(page, 'count-unaccounted', 0);
  const drafted = await workbenchFigure(page, 'count-suggestions');

  // Two suggestions that say the same are merged into one.
  for (const text of [MERGED.campaign, MERGED.forum]) {
    await page
      .locator('.wb-suggestion')
      .filter({ hasText: text })
      .getByRole('checkbox', { name: /^选择汇总条目/ })
      .check();
  }
  await page.getByText('已选 2 个').waitFor();
  await page.getByRole('button', { name: '合并所选…' }).click();
  await clickInDialog(page, '合并');
  await page.getByText('已合并 2 个汇总条目').waitFor();
  await figureReads(page, 'count-suggestions', drafted - 1);

  // Nothing left: the request is enabled and goes to the head.
  await page.getByRole('button', { name: '提交审核' }).and(page.locator(':enabled')).waitFor();
  await page.getByRole('button', { name: '提交审核' }).click();
  await clickInDialog(page, '确认提交');
  await page.getByText('汇总表已提交审核，内容暂不能修改').waitFor(SERVER_WORK);
  return { leftAtStart, groups, suggestions: drafted - 1 };
}

/** 生成汇总初稿 asks first, naming the opinions left (counted again as it opens); confirmed. */
export async function confirmDraft(page: Page, left: number): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByText('生成汇总初稿？').filter({ visible: true }).first().waitFor();
  expect(await dialog.getByTestId('draft-opinions').textContent()).toBe(String(left));
  await dialog.getByRole('button', { name: '生成', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const card = (page: Page, title: string) => page.locator('.ant-card').filter({ hasText: title });

/** One step in the sign-off timeline (审核与报送经过), as shown: its label, date and who took it. */
export function timelineStep(page: Page, label: string): Locator {
  return card(page, '审核与报送经过').locator('li').filter({ hasText: label });
}

/**
 * The head, from 首页's 审核与报送: reviews the table as it will be sent, approves, then submits it. Answers how many
 * rows the table holds and the head's name as 首页 greets them.
 */
export async function headApprovesAndSubmits(
  page: Page,
  title: string,
): Promise<{ rows: number; headName: string }> {
  await page.goto('/');
  const greeting = page.getByRole('heading', { name: /^您好，/ });
  await greeting.waitFor();
  const headName = ((await greeting.textContent()) ?? '').replace(/^您好，/, '').trim();
  await page.getByRole('link', { name: `${title}的审核与报送` }).click();
  await page.getByRole('heading', { name: '审核与报送', exact: true }).waitFor();
  const status = card(page, '汇总表状态');
  await status.getByText('待审核', { exact: true }).waitFor();
  const table = card(page, '意见建议汇总表');
  const total = table.getByText(/^共 \d+ 条$/);
  await total.waitFor();
  const rows = Number(/\d+/.exec((await total.textContent()) ?? '')![0]);
  await timelineStep(page, '提交审核').waitFor();

  await confirmSignoffStep(page, '审核通过', rows);
  await status.getByText('已审核', { exact: true }).waitFor(SERVER_WORK);
  await timelineStep(page, '审核通过').waitFor();
  await confirmSignoffStep(page, '报送立法机关', rows);
  await status.getByText('已报送', { exact: true }).waitFor(SERVER_WORK);
  await timelineStep(page, '报送立法机关').waitFor();
  return { rows, headName };
}

/** The demo legislature with its commission, as 报送's confirmation names it. */
export const DEMO_LEGISLATURE_NAME = '重庆市人民代表大会常务委员会法制工作委员会';

/**
 * Presses 审核通过 or 报送立法机关 on 审核与报送 and confirms: the dialog first names the table's suggestions (as many as
 * the table shows) and the opinions they gather (the status card's 意见, which already leaves 不予报送 out); 报送's names the legislature and
 * says it cannot be withdrawn. A cancel first leaves everything as it was.
 */
export async function confirmSignoffStep(
  page: Page,
  step: '审核通过' | '报送立法机关',
  suggestions: number,
): Promise<void> {
  const counts =
    (await card(page, '汇总表状态')
      .getByText(/^意见 \d+ 条/)
      .textContent()) ?? '';
  // 意见 N 条 counts the opinions still active: those marked 不予报送 are not in it (nothing is unaccounted here).
  const active = Number(/^意见 (\d+) 条/.exec(counts)![1]);
  const what = `汇总条目 ${suggestions} 条（汇总自 ${active} 条意见，`;
  // (antd's confirmation repeats its title in a hidden element for screen readers: only what is shown counts.)
  const dialog = page.getByRole('dialog');
  // Cancelled: nothing happens.
  await page.getByRole('button', { name: step }).click();
  await dialog.getByRole('button', { name: '取消' }).waitFor();
  await motionsSettled(page);
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: step }).waitFor();

  await page.getByRole('button', { name: step }).click();
  if (step === '审核通过') {
    await dialog.getByText('审核通过汇总表？').filter({ visible: true }).first().waitFor();
    await dialog.getByText(`审核通过${what}`).filter({ visible: true }).first().waitFor();
    await dialog
      .getByText(/^通过后汇总表内容冻结/)
      .filter({ visible: true })
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: '确认通过' }).click();
  } else {
    await dialog.getByText(`报送${DEMO_LEGISLATURE_NAME}？`).filter({ visible: true }).first().waitFor();
    await dialog
      .getByText(`将向 ${DEMO_LEGISLATURE_NAME} 报送${what}`)
      .filter({ visible: true })
      .first()
      .waitFor();
    await dialog
      .getByText('报送后不能撤回，也不能再修改汇总表。')
      .filter({ visible: true })
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: '确认报送' }).click();
  }
  await dialog.waitFor({ state: 'hidden' });
}

/** The legislature opens 收到的汇总表 from 首页 and reads how many suggestions the point submitted. */
export async function legislatureReceives(page: Page, title: string, pointName: string): Promise<number> {
  await page.goto('/');
  await page.getByRole('link', { name: `${title}收到的汇总表` }).click();
  await page.getByRole('heading', { name: '收到的汇总表' }).waitFor();
  const point = page.locator('.ant-list-item').filter({ hasText: pointName }).first();
  await point.getByText('已报送', { exact: true }).waitFor();
  const figure = point.getByTestId('received-suggestions');
  return Number(/\d+/.exec((await figure.textContent()) ?? '')![0]);
}

export interface Decision {
  text: string;
  outcome: OutcomeLabel;
  reason: string;
}

/**
 * The legislature, from the received table to 采纳情况: decides every row by pointer (the outcomes in turn, each with a
 * reason), then publishes them together. Answers each row's suggestion text and decision.
 */
export async function legislatureDecidesAndPublishes(page: Page, rows: number): Promise<Decision[]> {
  await page.getByRole('button', { name: '采纳情况', exact: true }).click();
  await page.getByRole('heading', { name: /^采纳情况：/ }).waitFor();
  const progress = page.getByTestId('decided-progress');
  await progress.filter({ hasText: `已决定 0 / ${rows}` }).waitFor();
  const decisions: Decision[] = [];
  const tableRows = page.locator('tr.decision-row');
  for (let i = 1; i <= rows; i++) {
    const outcome = OUTCOMES[(i - 1) % OUTCOMES.length];
    const reason = `第 ${i} 条${outcome}：已在二审稿中研究处理（${i}）。`;
    const text = (await tableRows.nth(i - 1).textContent()) ?? '';
    await page
      .getByRole('radiogroup', { name: `第 ${i} 条的采纳情况` })
      .getByText(outcome, { exact: true })
      .click();
    await page.getByLabel(`第 ${i} 条的理由`).fill(reason);
    await page.getByLabel(`第 ${i} 条的理由`).press('Tab');
    decisions.push({ text, outcome, reason });
  }
  await progress.filter({ hasText: `已决定 ${rows} / ${rows}` }).waitFor(SERVER_WORK);
  await page.getByText(`待发布 ${rows} 条`).waitFor(SERVER_WORK);
  await page.getByRole('button', { name: '发布采纳情况' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByText(`将发布 ${rows} 条采纳决定，涉及 1 个联系点。`)
    .filter({ visible: true })
    .first()
    .waitFor();
  await dialog.getByRole('button', { name: '确认发布' }).click();
  await page.getByText(`采纳情况已发布（${rows} 条），本页只读。`).waitFor(SERVER_WORK);
  await dialog.waitFor({ state: 'hidden' });
  return decisions;
}

/** The collector's 我的意见 for the task (chosen in its select when another task is shown), on a phone. */
export async function collectorOpensMyOpinions(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: '主要页面' }).getByRole('link', { name: '我的意见' }).click();
  await page.getByRole('heading', { name: '我的意见' }).waitFor();
  const select = page.getByRole('combobox', { name: '选择任务' });
  await select.waitFor();
  const shown = page.locator('.ant-select').filter({ has: select });
  if (!((await shown.textContent()) ?? '').includes(title)) await choose(page, select, title);
  await page.locator('.ant-select').filter({ hasText: title }).waitFor();
}

/** One of the collector's opinions on 我的意见, found by its text. */
export function myOpinion(page: Page, text: string): Locator {
  return page.locator('.ant-list-item').filter({ hasText: text });
}
