// The order a person's assigned tasks are listed in, on 首页 and wherever a task is chosen from them (我的意见).

/** Open work first (soonest due on top), then what has closed, most recent first. */
export function openWorkFirst<A extends { dueAt: string; task: { deadline: string } }>(assignments: A[]): A[] {
  const now = Date.now();
  return [...assignments].sort((a, b) => {
    const aOpen = Date.parse(a.task.deadline) >= now;
    const bOpen = Date.parse(b.task.deadline) >= now;
    if (aOpen !== bOpen) return aOpen ? -1 : 1;
    return aOpen ? a.dueAt.localeCompare(b.dueAt) : b.dueAt.localeCompare(a.dueAt);
  });
}
