import { z } from "zod/mini";
import { FAILURE_REASONS, OUTCOMES } from "@/lib/reports/options";

/** What this browser remembers for each channel, checked when read back: storage is anyone's to edit. */
const sentReport = z.object({
  outcome: z.enum(OUTCOMES),
  reason: z.optional(z.enum(FAILURE_REASONS)),
  waitMinutes: z.optional(z.number()),
  sentAt: z.string(),
});

export type SentReport = z.infer<typeof sentReport>;

const TOKEN_KEY = "reports:token";
const sentKey = (channel: string) => `reports:sent:${channel}`;

let memoryToken: string | undefined;

/** localStorage can be missing or refuse writes (private modes, blocked storage): then memory will do. */
function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the report is saved on the server; only the reminder in this browser is lost.
  }
}

function randomToken(): string {
  // getRandomValues works on plain http too, unlike crypto.randomUUID.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function clientToken(): string {
  const stored = read(TOKEN_KEY);
  if (stored) return stored;
  memoryToken ??= randomToken();
  write(TOKEN_KEY, memoryToken);
  return memoryToken;
}

export function readSent(channel: string): SentReport | null {
  const raw = read(sentKey(channel));
  if (!raw) return null;
  try {
    const parsed = sentReport.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function rememberSent(channel: string, report: SentReport): void {
  write(sentKey(channel), JSON.stringify(report));
}
