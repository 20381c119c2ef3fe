import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { confidenceOf, getChannels, getOrganisations, organisationOf } from "@/lib/dataset/access";
import { contactSlug, toCheckEntries, toSenderNames } from "@/lib/check/match";
import { officialEntryPoints } from "@/lib/trust/entry-points";
import { displayValue } from "@/lib/text/channel";
import { ContactChecker } from "@/components/check/contact-checker";
import { canonical } from "@/lib/site/metadata";

export const metadata: Metadata = {
  title: "Это номер Ozon? Проверка телефона или почты",
  description:
    "Вставьте номер телефона или адрес почты и узнайте, приводят ли его как контакт Ozon, работает ли он и чем его заменить. Номер в звонке можно подделать.",
  ...canonical("/check"),
};

export default function CheckPage() {
  setRequestLocale("ru");
  const channels = getChannels();
  const entries = toCheckEntries(channels, organisationOf, confidenceOf);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Это номер Ozon?</h1>
      <p>
        Вставьте номер телефона в любом формате, адрес почты или имя отправителя — из SMS, письма или статьи. Мы скажем,
        чей это контакт по источникам и работает ли он. Совпадение не доказывает, что звонят из Ozon: номер и имя
        отправителя можно подделать.
      </p>
      <ContactChecker
        entries={entries}
        senders={toSenderNames(getOrganisations())}
        official={officialEntryPoints(channels)}
      />
      <section aria-labelledby="known" className="space-y-2">
        <h2 id="known" className="text-lg font-bold">
          Все известные номера и адреса
        </h2>
        <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2">
          {entries.map((e) => (
            <li key={e.id}>
              <PageLink href={`/check/${contactSlug(e)}`} className="underline">
                {displayValue(e)}
              </PageLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
