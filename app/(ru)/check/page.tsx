import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { CheckPage } from "@/components/pages/check-page";
import { canonical } from "@/lib/site/metadata";

export const metadata: Metadata = {
  title: "Это номер Ozon? Проверка телефона или почты",
  description:
    "Вставьте номер телефона или адрес почты и узнайте, приводят ли его как контакт Ozon, работает ли он и чем его заменить. Номер в звонке можно подделать.",
  ...canonical("/check", { twin: "/en/check" }),
};

export default function Page() {
  setRequestLocale("ru");
  return <CheckPage locale="ru" />;
}
