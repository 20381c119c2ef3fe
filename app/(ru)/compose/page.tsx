import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getComposeCatalog } from "@/lib/dataset/access";
import { Composer } from "@/components/compose/composer";
import { canonical } from "@/lib/site/metadata";

export const metadata: Metadata = {
  title: "Составить обращение в поддержку Ozon",
  description:
    "Помощник для покупателей и продавцов: соберите полное и вежливое обращение в поддержку Ozon — с номером заказа, датами и вложениями — и отправьте его в нужный чат или на почту.",
  ...canonical("/compose"),
};

export default function ComposePage() {
  setRequestLocale("ru");
  const catalog = getComposeCatalog();
  return (
    <div className="space-y-6">
      <Breadcrumbs />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Составить обращение</h1>
        <p className="text-slate-700">
          Поддержка отвечает быстрее, когда в обращении сразу есть всё нужное. Заполните форму — мы соберём вежливый и
          понятный текст и подскажем, куда его отправить и когда ждать ответа.
        </p>
        <details className="rounded-lg border border-slate-300 bg-white p-3">
          <summary className="cursor-pointer font-semibold">Частые ошибки в обращениях</summary>
          <ul className="mt-2 ml-5 list-disc space-y-1">
            {catalog.mistakes.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </details>
      </header>
      <noscript>
        <p className="rounded-lg border border-amber-600 bg-amber-50 p-3">
          Чтобы составить текст, включите JavaScript. Без него можно открыть нужную тему в разделе помощи на главной
          странице.
        </p>
      </noscript>
      <Composer catalog={catalog} />
    </div>
  );
}
