// The order a person's assigned tasks are listed in, on 首页 and wherever a task is chosen from them (我的意见).

/** Open work first (soonest due on top), then what has closed, most recent first. */
export function openWorkFirst<
  A extends { dueAt: string; task: { deadline: string }; pointTask?: { acceptingOpinions: boolean } },
>(assignments: A[]): A[] {
  const now = Date.now();
  // Open = the point still takes opinions (closed by consolidation or submission too, not only by the deadline).
  const open = (a: A) => a.pointTask?.acceptingOpinions ?? Date.parse(a.task.deadline) >= now;
  return [...assignments].sort((a, b) => {
    const aOpen = open(a);
    const bOpen = open(b);
    if (aOpen !== bOpen) return aOpen ? -1 : 1;
    return aOpen ? a.dueAt.localeCompare(b.dueAt) : b.dueAt.localeCompare(a.dueAt);
  });
}
