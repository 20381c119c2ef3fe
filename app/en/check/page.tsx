import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { CheckPage } from "@/components/pages/check-page";
import { canonical } from "@/lib/site/metadata";

export const metadata: Metadata = {
  title: "Is this Ozon's number? Check a phone number or e-mail",
  description:
    "Paste a phone number or an e-mail address and learn whether it is listed as an Ozon contact, whether it works and what to use instead. The number a call shows can be forged.",
  ...canonical("/en/check", { locale: "en", twin: "/check" }),
};

export default function Page() {
  setRequestLocale("en");
  return <CheckPage locale="en" />;
}
