import { AudienceLinks } from "@/components/audience-links";

export type AudienceLink = { id: string; label: string };

type Props = {
  audiences: readonly AudienceLink[];
  /** The query that found nothing; absent before anything is typed. */
  missed?: string;
  /** The missed query was a phone number. */
  phone?: boolean;
};

/** An example query; kept on one line so a number never breaks at its hyphens. */
function Example({ children }: { children: string }) {
  return <span className="font-medium whitespace-nowrap">«{children}»</span>;
}

/** What to try, and the audience pages to browse instead: shown before typing and when nothing is found. */
export function SearchHints({ audiences, missed, phone = false }: Props) {
  return (
    <section aria-labelledby="search-hints" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      {missed !== undefined ? (
        <p className="font-semibold" data-testid="search-empty">
          {phone
            ? `Номера «${missed}» нет в нашем справочнике: мы не можем подтвердить, что он принадлежит Ozon.`
            : `По запросу «${missed}» ничего не нашли.`}
        </p>
      ) : null}
      <h2 id="search-hints" className="text-lg font-bold">
        {missed !== undefined ? "Попробуйте иначе" : "Что можно искать"}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          номер телефона целиком или его часть: <Example>8 800 234-70-00</Example>, <Example>234-70-00</Example>;
        </li>
        <li>
          адрес почты или его начало: <Example>sellersup</Example>;
        </li>
        <li>
          проблему двумя-тремя словами: <Example>не пришла выплата</Example>, <Example>вернуть билет</Example>;
        </li>
        <li>
          название сервиса: <Example>Ozon Банк</Example>, <Example>Ozon Travel</Example>, <Example>Ozon Seller</Example>
          .
        </li>
      </ul>
      <h2 className="text-lg font-bold">Или выберите, кто вы</h2>
      <AudienceLinks audiences={audiences} />
    </section>
  );
}
