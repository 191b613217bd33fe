// Ant Design's pickers work on dayjs values in the device's own time zone; the app's clock is Beijing time whatever
// the device's (dates.ts). So a picker here holds Beijing's wall clock — a dayjs whose local fields are the Beijing
// date and time — and these turn an instant into that wall clock and back.
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The instant's Beijing date and time, as a dayjs whose local fields show it (for a picker's value or bounds). */
export function beijingWallClock(instant: string | number | Date): Dayjs {
  const t = new Date(new Date(instant).getTime() + BEIJING_OFFSET_MS);
  return dayjs(
    new Date(
      t.getUTCFullYear(),
      t.getUTCMonth(),
      t.getUTCDate(),
      t.getUTCHours(),
      t.getUTCMinutes(),
      t.getUTCSeconds(),
    ),
  );
}

/** A picked Beijing wall clock (to the minute) as the instant the API takes (ISO 8601, UTC). */
export function fromBeijingWallClock(value: Dayjs): string {
  return new Date(`${value.format('YYYY-MM-DDTHH:mm')}:00+08:00`).toISOString();
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/**
 * What a date-and-time picker must not offer between two Beijing wall clocks (inclusive, to the minute): the days
 * outside, and on the first and last day the hours and minutes outside. For DatePicker's disabledDate / disabledTime.
 */
export function wallClockWindow(earliest: Dayjs, latest: Dayjs | null) {
  return {
    disabledDate: (day: Dayjs) =>
      day.isBefore(earliest, 'day') || (latest !== null && day.isAfter(latest, 'day')),
    disabledTime: (day: Dayjs | null) => {
      const first = day?.isSame(earliest, 'day') ?? false;
      const last = latest !== null && (day?.isSame(latest, 'day') ?? false);
      return {
        disabledHours: () => [
          ...(first ? range(0, earliest.hour()) : []),
          ...(last ? range(latest.hour() + 1, 24) : []),
        ],
        disabledMinutes: (hour: number) => [
          ...(first && hour === earliest.hour() ? range(0, earliest.minute()) : []),
          ...(last && hour === latest.hour() ? range(latest.minute() + 1, 60) : []),
        ],
      };
    },
  };
}
