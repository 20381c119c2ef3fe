import type { Locale } from "../i18n/locale";
import { DAY_MS, MOSCOW_TIME_ZONE, wallTimeMs } from "./zone";

/**
 * Calendar days and how the site writes a date. Days are "YYYY-MM-DD" strings: on Moscow's calendar for
 * what a visitor reads (today's date, a deadline), in UTC where the server counts (reports per day).
 */

/** The UTC day of a moment: reports count per day, and salts change at UTC midnight. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The UTC day `days` before the day of `at`. */
export function daysBefore(at: Date, days: number): string {
  return utcDay(new Date(at.getTime() - days * DAY_MS));
}

/** The day of a moment on Moscow's calendar. */
export function moscowDay(at: Date): string {
  return utcDay(new Date(wallTimeMs(at, MOSCOW_TIME_ZONE)));
}

/** Sunday = 0 … Saturday = 6 on Moscow's calendar. */
export function moscowWeekday(at: Date): number {
  return new Date(wallTimeMs(at, MOSCOW_TIME_ZONE)).getUTCDay();
}

/** Whole days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Created on first use: building an Intl formatter when the module loads would start ICU on every page that imports it. */
let longDate: Intl.DateTimeFormat | undefined;

/** 2026-11-18 → «18 ноября 2026 г.»: a date in a sentence. */
export function formatDateRu(day: string): string {
  longDate ??= new Intl.DateTimeFormat("ru-RU", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return longDate.format(new Date(`${day}T00:00:00Z`));
}

/**
 * English month names as a table: one language's twelve words cost less than the Intl call, which starts
 * ICU on a page that had no other use for it.
 */
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A date in a sentence: 2026-11-21 → «21 ноября 2026 г.», in English "21 November 2026". */
export function formatDate(day: string, locale: Locale = "ru"): string {
  if (locale === "ru") return formatDateRu(day);
  const [year, month, date] = day.split("-");
  return `${Number(date)} ${MONTHS_EN[Number(month) - 1] ?? ""} ${year}`;
}

/**
 * 2026-11-24 → «24.11.2026»: a date a visitor copies into a request or a calendar. In English it stays as
 * stored, 2026-11-24: abroad, 24.11 and 11/24 are read in different orders, and year-month-day only one way.
 */
export function formatDateNumeric(day: string, locale: Locale = "ru"): string {
  if (locale === "en") return day;
  const [year, month, date] = day.split("-");
  return `${date}.${month}.${year}`;
}
