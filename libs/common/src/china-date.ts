/** Today's date in China Standard Time (YYYY-MM-DD), whatever the server's own time zone. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
