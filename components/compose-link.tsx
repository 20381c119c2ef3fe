import { PageLink } from "@/components/page-link";
import { composeHref } from "@/lib/compose/deep-link";

export function ComposeLink(choice: Parameters<typeof composeHref>[0]) {
  return (
    <p>
      <PageLink
        href={composeHref(choice)}
        className="inline-block rounded-lg border border-brand px-4 py-2 font-semibold text-brand-dark"
      >
        Составить обращение
      </PageLink>
    </p>
  );
}
