import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { getAudiences, getChannels, getChannel } from "@/lib/data";
import { organizationJsonLd, serializeJsonLd } from "@/lib/jsonld";
import { fastestHumanChannels } from "@/lib/fastest";
import { ChannelCard } from "@/components/channel-card";
import { AudienceLinks } from "@/components/audience-links";
import { canonical } from "@/lib/page-metadata";

export const metadata: Metadata = canonical("/");

export default function HomePage() {
  const audiences = getAudiences();
  const fastest = fastestHumanChannels(getChannels());
  const jsonLd = serializeJsonLd(organizationJsonLd(getChannels(), audiences));
  return (
    <div className="space-y-8">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <section aria-labelledby="who" className="space-y-3">
        <h1 className="text-2xl font-bold">Как связаться с Ozon: выберите, кто вы</h1>
        <p className="text-slate-700">
          Для каждого случая у Ozon свой канал. Мы показываем, какие из них работают, а какие номера из старых статей
          уже отключены.
        </p>
        <h2 id="who" className="sr-only">
          Кто вы
        </h2>
        <AudienceLinks audiences={audiences} />
      </section>
      <p className="rounded-xl border border-slate-300 bg-white p-4">
        Нашли номер в SMS или статье и сомневаетесь?{" "}
        <PageLink href="/check" className="font-semibold underline">
          Проверьте, принадлежит ли он Ozon
        </PageLink>
        .
      </p>
      <section aria-labelledby="fastest" className="space-y-3">
        <h2 id="fastest" className="text-xl font-bold">
          Быстрее всего до живого человека
        </h2>
        {fastest.map((c) => (
          <ChannelCard key={c.id} channel={c} replacement={c.replacedBy ? getChannel(c.replacedBy) : undefined} />
        ))}
      </section>
    </div>
  );
}
