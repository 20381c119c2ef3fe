import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { getAudiences, getChannels, getChannel } from "@/lib/dataset/access";
import { organizationJsonLd, serializeJsonLd } from "@/lib/site/jsonld";
import { fastestHumanChannels } from "@/lib/replies/fastest";
import { ChannelCard } from "@/components/channel-card";
import { AudienceChips } from "@/components/audience-links";
import { HomeAnswers } from "@/components/home-answers";
import { canonical } from "@/lib/site/metadata";

export const metadata: Metadata = canonical("/", { twin: "/en" });

export default function HomePage() {
  setRequestLocale("ru");
  const audiences = getAudiences();
  const fastest = fastestHumanChannels(getChannels());
  const jsonLd = serializeJsonLd(organizationJsonLd(getChannels(), audiences));
  return (
    <div className="space-y-5">
      <section aria-labelledby="answers" className="space-y-2">
        <h1 className="text-xl font-bold">Как связаться с Ozon</h1>
        <h2 id="answers" className="sr-only">
          Частые вопросы
        </h2>
        <HomeAnswers />
      </section>
      <section aria-labelledby="who" className="space-y-2">
        <h2 id="who" className="text-lg font-bold">
          Кто вы?
        </h2>
        <AudienceChips audiences={audiences} />
      </section>
      <p className="text-slate-700">
        Для каждого случая у Ozon свой канал. Мы показываем, какие из них работают, какие номера под вопросом и кто что
        о них пишет.
      </p>
      <section aria-labelledby="fastest" className="space-y-3">
        <h2 id="fastest" className="text-xl font-bold">
          Где человек отвечает быстрее всего
        </h2>
        {fastest.map((c) => (
          <ChannelCard key={c.id} channel={c} replacement={c.replacedBy ? getChannel(c.replacedBy) : undefined} />
        ))}
      </section>
      {/* Last, so that the parser reaches the answers before the 30 kB of contact points. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
    </div>
  );
}
