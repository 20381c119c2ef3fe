import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { SearchPage } from "@/components/pages/search-page";
import { canonical } from "@/lib/site/metadata";

export const metadata: Metadata = {
  title: "Поиск",
  description: "Поиск по каналам поддержки Ozon: по номеру телефона, адресу почты или описанию проблемы.",
  ...canonical("/search", { twin: "/en/search" }),
};

export default function Page() {
  setRequestLocale("ru");
  return <SearchPage locale="ru" />;
}
