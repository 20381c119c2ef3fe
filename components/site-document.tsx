import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { ServiceWorker } from "@/components/offline/service-worker";
import type { Locale } from "@/lib/i18n/locale";

/** The document every page sits in; each language has its own root layout, so `lang` is right from the first byte. */
export function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = useTranslations("site");
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl px-4 pt-4 pb-16 focus:outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} />
        {/* A worker registered by `next dev` would go on answering from its cache after the code changed. */}
        {process.env.NODE_ENV === "production" ? <ServiceWorker /> : null}
      </body>
    </html>
  );
}
