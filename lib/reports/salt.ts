import { randomBytes } from "node:crypto";
import type { ReportsDb } from "./connection";
import { utcDay } from "../hours/calendar";

const cache = new Map<string, string>();

/**
 * The salt of a UTC day, shared by every instance on the database: the first to need it writes a random
 * one, the others read it. Deleted once the day is over (lib/reports/retention.ts), after which the day's
 * keys cannot be linked to an address or to another day's. REPORTS_KEY_SECRET, when set, is mixed in, so
 * that a copy of the database alone cannot be used to test addresses against today's keys.
 */
export async function daySalt(
  db: ReportsDb,
  now = new Date(),
  secret = process.env.REPORTS_KEY_SECRET ?? "",
): Promise<string> {
  const day = utcDay(now);
  const cached = cache.get(day);
  if (cached !== undefined) return secret + cached;
  await db
    .insertInto("daily_salts")
    .values({ day, salt: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("day").doNothing())
    .execute();
  const row = await db.selectFrom("daily_salts").select("salt").where("day", "=", day).executeTakeFirstOrThrow();
  cache.clear();
  cache.set(day, row.salt);
  return secret + row.salt;
}
