import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { SiteDocument } from "@/components/site-document";
import { SITE_NAME_EN, SITE_URL } from "@/lib/site/url";
import { baseOpenGraph, ICONS, VIEWPORT } from "@/lib/site/metadata";
import "../globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME_EN}: Ozon support for sellers`, template: `%s — ${SITE_NAME_EN}` },
  description:
    "Which Ozon support channel a seller abroad should use, what to prepare, and how to write a request in Russian that support will act on.",
  openGraph: baseOpenGraph("en"),
  icons: ICONS,
};

export const viewport: Viewport = VIEWPORT;

export default function EnglishLayout({ children }: { children: ReactNode }) {
  setRequestLocale("en");
  return <SiteDocument locale="en">{children}</SiteDocument>;
}
