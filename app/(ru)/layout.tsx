import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { SiteDocument } from "@/components/site-document";
import { SITE_NAME, SITE_URL } from "@/lib/site/url";
import { baseOpenGraph, ICONS, VIEWPORT } from "@/lib/site/metadata";
import "../globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME}: как дозвониться и написать в поддержку Ozon`, template: `%s — ${SITE_NAME}` },
  description:
    "Проверенный справочник каналов поддержки Ozon: чаты, телефоны и почта для покупателей, продавцов, Ozon Travel, Ozon Банка и горячей линии по этике. Какие номера работают, а какие уже нет.",
  openGraph: baseOpenGraph("ru"),
  icons: ICONS,
};

export const viewport: Viewport = VIEWPORT;

export default function RussianLayout({ children }: { children: ReactNode }) {
  setRequestLocale("ru");
  return <SiteDocument locale="ru">{children}</SiteDocument>;
}
