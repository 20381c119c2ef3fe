import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { EnglishHome } from "@/components/pages/english-home";
import { canonical } from "@/lib/site/metadata";

export const metadata: Metadata = {
  title: "Ozon support for sellers, in English",
  description:
    "Which Ozon support channel a seller abroad should use, what to prepare, and how fast it answers. Ozon's support answers in Russian.",
  ...canonical("/en", { locale: "en", twin: "/" }),
};

export default function Page() {
  setRequestLocale("en");
  return <EnglishHome />;
}
