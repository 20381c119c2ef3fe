import Link from "next/link";
import type { Audience } from "@/lib/schema";

/** "Who are you?" — one tap to each audience; used on the home, 404 and empty-search pages. */
export function AudienceLinks({ audiences }: { audiences: readonly Pick<Audience, "id" | "label">[] }) {
  return (
    <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
      {audiences.map((a) => (
        <li key={a.id}>
          <Link
            prefetch={false}
            href={`/${a.id}`}
            className="flex h-full min-h-12 items-center rounded-xl border border-slate-300 bg-white px-4 py-3 font-semibold no-underline shadow-sm hover:border-brand"
          >
            {a.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
