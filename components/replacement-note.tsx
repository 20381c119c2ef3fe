import { PageLink } from "@/components/page-link";
import type { Channel } from "@/lib/dataset/schema";

export function ReplacementNote({ replacement }: { replacement: Channel }) {
  return (
    <p className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm">
      Вместо него:{" "}
      <PageLink href={`/channels/${replacement.id}`} className="font-semibold underline">
        {replacement.title}
      </PageLink>
    </p>
  );
}
