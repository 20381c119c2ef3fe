import { Fragment } from "react";
import { AudienceLinks } from "@/components/audience-links";
import { PageLink } from "@/components/page-link";
import { fill } from "@/lib/text/fill";
import type { Locale } from "@/lib/i18n/locale";
import { checkHref, quoted, type SearchTexts, type WayOut } from "./present";

export type AudienceLink = { id: string; label: string };

/** Where the ways out lead: the number check and the composer, in the page's language or marked as Russian. */
export type WaysOut = { check: WayOut; compose: WayOut };

type Props = {
  texts: SearchTexts;
  locale: Locale;
  audiences: readonly AudienceLink[];
  ways: WaysOut;
  /** The query that found nothing; absent before anything is typed. */
  missed?: string;
  /** The missed query was a phone number. */
  phone?: boolean;
};

/** An example query; kept on one line so a number never breaks at its hyphens. */
function Example({ children, quotes }: { children: string; quotes: SearchTexts["quotes"] }) {
  return <span className="font-medium whitespace-nowrap">{quoted(children, quotes)}</span>;
}

const WAY_OUT = "inline-block rounded-lg border border-brand px-4 py-2 font-semibold text-brand-dark";

/**
 * What to try before typing; and when nothing is found, three ways out: check the number or address,
 * pick who you are, or write the request with the composer.
 */
export function SearchHints({ texts, locale, audiences, ways, missed, phone = false }: Props) {
  const hints = texts.hints;
  return (
    <section aria-labelledby="search-hints" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      {missed !== undefined ? (
        <>
          <p className="font-semibold" data-testid="search-empty">
            {fill(phone ? hints.unknownPhone : hints.missed, { query: missed })}
          </p>
          <ul className="flex flex-wrap gap-2" data-testid="search-ways-out">
            <li>
              <PageLink href={checkHref(missed, ways.check.href)} hrefLang={ways.check.hrefLang} className={WAY_OUT}>
                {hints.checkContact}
              </PageLink>
            </li>
            <li>
              <PageLink href={ways.compose.href} hrefLang={ways.compose.hrefLang} className={WAY_OUT}>
                {hints.compose}
              </PageLink>
            </li>
          </ul>
        </>
      ) : null}
      <h2 id="search-hints" className="text-lg font-bold">
        {missed !== undefined ? hints.tryOther : hints.whatToSearch}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {hints.examples.map((hint) => (
          <li key={hint.text}>
            {hint.text}{" "}
            {hint.examples.map((example, i) => (
              <Fragment key={example}>
                {i > 0 ? ", " : null}
                <Example quotes={texts.quotes}>{example}</Example>
              </Fragment>
            ))}
            {hint.end}
          </li>
        ))}
      </ul>
      <h2 className="text-lg font-bold">{hints.pickWho}</h2>
      <AudienceLinks audiences={audiences} locale={locale} />
    </section>
  );
}
