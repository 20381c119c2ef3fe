import { PageLink } from "@/components/page-link";

interface Crumb {
  href: string;
  label: string;
}

/** The way back up: the home page, then the pages above this one. */
export function Breadcrumbs({ trail = [] }: { trail?: readonly Crumb[] }) {
  const crumbs: Crumb[] = [{ href: "/", label: "Главная" }, ...trail];
  return (
    <nav aria-label="Навигация" className="flex flex-wrap gap-x-2 text-sm">
      {crumbs.map((crumb, i) => (
        <span key={crumb.href}>
          {i > 0 ? "· " : null}
          <PageLink href={crumb.href} className="underline">
            {crumb.label}
          </PageLink>
        </span>
      ))}
    </nav>
  );
}
