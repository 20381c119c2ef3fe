import type { Channel } from "@/lib/schema";
import { reportText } from "@/lib/report";
import { mailtoHref } from "@/lib/compose/text";
import { REPORT_EMAIL, absoluteUrl } from "@/lib/site";
import { CopyButton } from "./copy-button";

/** No backend: a prefilled letter, or the same text to paste wherever the person prefers. */
export function ReportError({ channel }: { channel: Channel }) {
  const url = absoluteUrl(`/channels/${channel.id}`);
  const { subject, body } = reportText(channel, url);
  const text = `${subject}\n\n${body}`;
  return (
    <section aria-labelledby="report" className="space-y-2 rounded-xl border border-slate-300 bg-white p-4">
      <h2 id="report" className="text-lg font-bold">
        Нашли ошибку или номер устарел?
      </h2>
      <p className="text-sm">Сообщите нам — в письме уже будут id канала и адрес страницы.</p>
      <div className="flex flex-wrap gap-2">
        <a href={mailtoHref(REPORT_EMAIL, subject, body)} className="button-primary-sm" data-testid="report-mailto">
          Сообщить об ошибке
        </a>
        <CopyButton text={text} label="текст сообщения об ошибке" />
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-semibold">Показать текст сообщения</summary>
        <pre className="mt-2 rounded bg-slate-50 p-2 text-sm whitespace-pre-wrap" data-testid="report-text">
          {text}
        </pre>
      </details>
    </section>
  );
}
