// Every date is shown in Beijing time, whatever the device's time zone.
export const TIME_ZONE = 'Asia/Shanghai';

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const dateOnly = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '—' : dateTime.format(d);
}

export function formatDate(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '—' : dateOnly.format(d);
}

/** Whole days left until `deadline` (negative once it has passed). */
export function daysLeft(deadline: string, now = Date.now()): number {
  return Math.floor((Date.parse(deadline) - now) / 86_400_000);
}

/**
 * A date picked in a form (YYYY-MM-DD) as the instant the API takes for a deadline: the end of that day in Beijing.
 * Anything else goes as typed, for the API to refuse with its message.
 */
export function endOfBeijingDay(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T23:59:59+08:00` : date;
}

const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

/** Today in Beijing as YYYY-MM-DD (a date field's default). */
export function beijingToday(now = new Date()): string {
  return isoDay.format(now);
}
