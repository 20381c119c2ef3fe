import { getTranslations } from "next-intl/server";
import type { Organisation } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";

/** A marketplace's name, marked when it is not Ozon so that no column or card reads as Ozon's. */
export async function MarketplaceName({ organisation, locale }: { organisation: Organisation; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "comparison" });
  return (
    <>
      {organisation.name}
      {organisation.isOzon ? null : <span className="block text-xs font-normal text-slate-700">{t("notOzon")}</span>}
    </>
  );
}
