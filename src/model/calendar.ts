/**
 * The calendar date at the start of an ISO 8601 date or date-time
 * (`2024-03-05`, `2024-03-05T10:00:00Z`) as a UTC Date, or undefined when
 * there is none or it does not exist. Date.UTC would roll `2017-13-45` over
 * into February 2018 and read the year `0099` as 1999: neither is a date the
 * page gave, so neither is written out.
 */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/

export function calendarDate(value: string): Date | undefined {
  const match = isoDate.exec(value)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return exists && year >= 1 ? date : undefined
}

/** Whether a value begins like an ISO 8601 date, valid or not. */
export function looksLikeIsoDate(value: string): boolean {
  return isoDate.test(value)
}

/** The calendar date of an ISO 8601 date or date-time, written out in the article's language ("June 1, 2024"). */
export function writtenDate(value: string, lang: string): string | undefined {
  const date = calendarDate(value)
  if (!date) return undefined
  try {
    return new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'}).format(date)
  } catch {
    return new Intl.DateTimeFormat('en', {dateStyle: 'long', timeZone: 'UTC'}).format(date)
  }
}
