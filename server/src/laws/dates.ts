// Dates in the laws' data: ISO days ("2026-02-05"), compared as strings, and written out for messages.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-02-05" → "5 February 2026" (messages are in English). */
export function englishDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** Whether something that starts to apply on `from` applies on `date` (ISO strings compare in date order). */
export const appliesOn = (from: string, date: string): boolean => from <= date;

/**
 * The notice's date as an ISO day: `2026-08-15` as written, a month (`2026-08`) as its first day; undefined for
 * anything else.
 */
export function isoDay(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (/^\d{4}-\d{2}$/.test(v)) return `${v}-01`;
  return undefined;
}
