import { isRecord } from "@/lib/site/json";
import { FAILURE_REASONS, type FailureReason, type Outcome } from "@/lib/reports/options";

/** What this browser remembers: its random token, and what it last sent for each channel. */
export interface SentReport {
  outcome: Outcome;
  reason?: FailureReason;
  waitMinutes?: number;
  sentAt: string;
}

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
    const value: unknown = JSON.parse(raw);
    return isSentReport(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberSent(channel: string, report: SentReport): void {
  write(sentKey(channel), JSON.stringify(report));
}

function isSentReport(value: unknown): value is SentReport {
  if (!isRecord(value)) return false;
  const { outcome, sentAt, reason, waitMinutes: wait } = value;
  return (
    (outcome === "reached" || outcome === "failed") &&
    typeof sentAt === "string" &&
    (reason === undefined || FAILURE_REASONS.some((r) => r === reason)) &&
    (wait === undefined || typeof wait === "number")
  );
}
