// Whether what the server last said ("still open") still holds on a phone that may have been offline since: not once
// the point's deadline it named has passed. Pure, so the unit suite tests it without a browser.
export function stillOpen(accepting: boolean, effectiveDeadline: string | null | undefined, now: number): boolean {
  if (!accepting) return false;
  const deadline = effectiveDeadline ? Date.parse(effectiveDeadline) : NaN;
  return !(deadline < now);
}
