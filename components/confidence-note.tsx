import Link from "next/link";
import type { Confidence } from "@/lib/schema";
import { confidenceLabel } from "@/lib/attribution";

/** How sure the sources let us be, next to the status; the rules behind it are on /sources. */
export function ConfidenceNote({ level }: { level: Confidence }) {
  return (
    <span className="text-sm text-slate-700" data-confidence={level}>
      <Link prefetch={false} href="/sources#rules" className="underline">
        Надёжность
      </Link>
      : {confidenceLabel(level)}
    </span>
  );
}
