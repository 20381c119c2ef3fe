import { PageLink } from "@/components/page-link";
import { getSources } from "@/lib/dataset/access";
import { sourceAnchor } from "./answer";

/** The notes the answers point to, each leading on to what we took from the source. */
export function ComparisonSources({ notes }: { notes: ReadonlyMap<string, number> }) {
  const sources = new Map(getSources().map((s) => [s.id, s]));
  return (
    <section aria-labelledby="comparison-sources" className="space-y-2">
      <h2 id="comparison-sources" className="text-xl font-bold">
        Источники
      </h2>
      <ol className="ml-5 list-decimal space-y-1">
        {[...notes.keys()].map((id) => (
          <li key={id} id={sourceAnchor(id)} className="scroll-mt-4">
            {sources.get(id)?.title ?? id}.{" "}
            <PageLink href={`/sources#${id}`} className="underline">
              Что мы из него взяли
            </PageLink>
          </li>
        ))}
      </ol>
    </section>
  );
}
