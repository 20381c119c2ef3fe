import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { ComposePage } from "@/components/pages/compose-page";
import { canonical } from "@/lib/site/metadata";

export const metadata: Metadata = {
  title: "Составить обращение в поддержку Ozon",
  description:
    "Помощник для покупателей и продавцов: соберите полное и вежливое обращение в поддержку Ozon — с номером заказа, датами и вложениями — и отправьте его в нужный чат или на почту.",
  ...canonical("/compose", { twin: "/en/compose" }),
};

export default function Page() {
  setRequestLocale("ru");
  return <ComposePage locale="ru" />;
}
