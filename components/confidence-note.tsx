import Link from "next/link";
import type { Confidence } from "@/lib/dataset/schema";
import { confidenceLabel, type NumberedSource } from "@/lib/trust/attribution";

/**
 * How sure the sources let us be, as a compact mark beside a status or an answer: the level (its rules are on
 * /sources) and the numbered sources that take a side, each linking to its entry there.
 */
export function ConfidenceNote({ level, sources = [] }: { level: Confidence; sources?: readonly NumberedSource[] }) {
  return (
    <span className="text-sm text-slate-700" data-confidence={level}>
      <Link prefetch={false} href="/sources#rules" className="underline">
        Надёжность
      </Link>
      : {confidenceLabel(level)}
      {sources.map((s) => (
        <span key={s.id}>
          {" "}
          <Link
            prefetch={false}
            href={`/sources#${s.id}`}
            className="underline"
            aria-label={`Источник ${s.number}`}
            data-source={s.id}
          >
            [{s.number}]
          </Link>
        </span>
      ))}
    </span>
  );
}
