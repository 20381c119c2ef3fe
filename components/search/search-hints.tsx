import { AudienceLinks } from "@/components/audience-links";
import { PageLink } from "@/components/page-link";
import { checkHref } from "./present";

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

const WAY_OUT = "inline-block rounded-lg border border-brand px-4 py-2 font-semibold text-brand-dark";

/**
 * What to try before typing; and when nothing is found, three ways out: check the number or address,
 * pick who you are, or write the request with the composer.
 */
export function SearchHints({ audiences, missed, phone = false }: Props) {
  return (
    <section aria-labelledby="search-hints" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      {missed !== undefined ? (
        <>
          <p className="font-semibold" data-testid="search-empty">
            {phone
              ? `Номера «${missed}» нет в нашем справочнике: мы не можем подтвердить, что он принадлежит Ozon.`
              : `По запросу «${missed}» ничего не нашли.`}
          </p>
          <ul className="flex flex-wrap gap-2" data-testid="search-ways-out">
            <li>
              <PageLink href={checkHref(missed)} className={WAY_OUT}>
                Проверить номер или адрес
              </PageLink>
            </li>
            <li>
              <PageLink href="/compose" className={WAY_OUT}>
                Составить обращение
              </PageLink>
            </li>
          </ul>
        </>
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
