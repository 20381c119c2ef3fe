import { useTranslations } from "next-intl";
import type { Organisation } from "@/lib/dataset/schema";

/** A marketplace's name, marked when it is not Ozon so that no column or card reads as Ozon's. */
export function MarketplaceName({ organisation }: { organisation: Organisation }) {
  const t = useTranslations("comparison");
  return (
    <>
      {organisation.name}
      {organisation.isOzon ? null : <span className="block text-xs font-normal text-slate-700">{t("notOzon")}</span>}
    </>
  );
}
