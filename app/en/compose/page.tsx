import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { ComposePage } from "@/components/pages/compose-page";
import { canonical } from "@/lib/site/metadata";

export const metadata: Metadata = {
  title: "Write a request to Ozon support, in Russian",
  description:
    "For sellers abroad: fill in a form in English and get a polite, complete request in Russian, with your order or posting number, dates and attachments, to paste into the seller chat or an e-mail. Ozon support answers in Russian.",
  ...canonical("/en/compose", { locale: "en", twin: "/compose" }),
};

export default function Page() {
  setRequestLocale("en");
  return <ComposePage locale="en" />;
}
