import { PageLink } from "@/components/page-link";
import type { Audience } from "@/lib/schema";

/** "Who are you?" — one tap to each audience; used on the home, 404 and empty-search pages. */
export function AudienceLinks({ audiences }: { audiences: readonly Pick<Audience, "id" | "label">[] }) {
  return (
    <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
      {audiences.map((a) => (
        <li key={a.id}>
          <PageLink href={`/${a.id}`} className="tile h-full">
            {a.label}
          </PageLink>
        </li>
      ))}
    </ul>
  );
}
