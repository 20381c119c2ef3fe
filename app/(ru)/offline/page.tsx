import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { AudienceLinks } from "@/components/audience-links";
import { getAudiences } from "@/lib/dataset/access";

/**
 * What the service worker shows, offline, for a page it has not saved (app/sw.js/worker.ts). It links
 * only to pages it has: every page of the directory is saved on the first visit.
 */
export const metadata: Metadata = {
  title: "Нет подключения к интернету",
  description: "Без сети открываются страницы справочника, которые сайт сохранил на устройстве.",
  robots: { index: false },
};

const SAVED_TOOLS = [
  { href: "/search", label: "Поиск по справочнику" },
  { href: "/check", label: "Проверить номер или почту" },
  { href: "/compose", label: "Составить обращение" },
  { href: "/", label: "Главная" },
];

export default function OfflinePage() {
  setRequestLocale("ru");
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Нет подключения к интернету</h1>
      <p>
        Эта страница не сохранена на устройстве. Без сети открываются все страницы справочника: каналы, темы, проверка
        номера и поиск. Выберите, кто вы:
      </p>
      <AudienceLinks audiences={getAudiences()} />
      <ul className="space-y-1">
        {SAVED_TOOLS.map((tool) => (
          <li key={tool.href}>
            <PageLink href={tool.href} className="underline">
              {tool.label}
            </PageLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
