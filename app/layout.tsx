import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { ServiceWorker } from "@/components/offline/service-worker";
import { SITE_NAME, SITE_URL } from "@/lib/site/url";
import { baseOpenGraph } from "@/lib/site/metadata";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME}: как дозвониться и написать в поддержку Ozon`, template: `%s — ${SITE_NAME}` },
  description:
    "Проверенный справочник каналов поддержки Ozon: чаты, телефоны и почта для покупателей, продавцов, Ozon Travel, Ozon Банка и горячей линии по этике. Какие номера работают, а какие уже нет.",
  openGraph: baseOpenGraph,
  icons: {
    icon: [{ url: "/icon.svg", type: "image/svg+xml" }],
    apple: [{ url: "/apple-icon.png", sizes: "180x180", type: "image/png" }],
  },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#005bff" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ru">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Перейти к содержанию
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl px-4 pt-4 pb-16 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        {/* A worker registered by `next dev` would go on answering from its cache after the code changed. */}
        {process.env.NODE_ENV === "production" ? <ServiceWorker /> : null}
      </body>
    </html>
  );
}
