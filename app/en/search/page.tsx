import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { SearchPage } from "@/components/pages/search-page";
import { canonical } from "@/lib/site/metadata";

export const metadata: Metadata = {
  title: "Search",
  description:
    "Search Ozon's support channels for sellers: by phone number, e-mail address or the problem in your own words.",
  ...canonical("/en/search", { locale: "en", twin: "/search" }),
};

export default function Page() {
  setRequestLocale("en");
  return <SearchPage locale="en" />;
}
