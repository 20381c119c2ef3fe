import Link from "next/link";
import type { Fact } from "@/lib/dataset/schema";
import { sourcesInWords } from "@/lib/dataset/access";

/** General facts about support, each with the sources that state it. */
export function FactList({ facts }: { facts: Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby="facts" className="space-y-2">
      <h2 id="facts" className="text-xl font-bold">
        Полезно знать
      </h2>
      <ul className="ml-5 list-disc space-y-1">
        {facts.map((f) => (
          <li key={f.id} data-fact={f.id}>
            {f.text}{" "}
            <span className="text-sm text-slate-600">
              (
              <Link prefetch={false} href={`/sources#${f.sources[0] ?? ""}`} className="underline">
                {sourcesInWords(f.sources)}
              </Link>
              )
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
