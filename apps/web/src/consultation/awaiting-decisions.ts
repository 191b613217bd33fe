/**
 * 首页's mark on a task the legislature still owes answers on: suggestions with no published decision (待反馈) and those
 * answered only with the interim 研究中 both count, each named; null when neither remains.
 */
export function awaitingDecisionsText(
  awaiting: number | null | undefined,
  underStudy: number | null | undefined,
): string | null {
  const parts = [
    ...(awaiting ? [`${awaiting} 条待反馈`] : []),
    ...(underStudy ? [`${underStudy} 条研究中`] : []),
  ];
  return parts.length ? `待反馈采纳情况（${parts.join('，')}）` : null;
}
