import { getChannels, getEnglishPages, organisationOf, requireChannel } from "@/lib/dataset/access";
import { absoluteUrl, SITE_NAME_EN } from "@/lib/site/url";
import { channelVCard, offersVCard } from "@/lib/site/vcard";
import { channelIn, organisationIn } from "@/lib/i18n/localize";

/** The English pages' contact cards: the channel's English name, the same number or address. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  const english = getEnglishPages().channels;
  return getChannels()
    .filter((c) => english.has(c.id) && offersVCard(c))
    .map((c) => ({ id: c.id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = requireChannel((await params).id);
  const channel = channelIn("en", raw);
  const owner = organisationIn("en", organisationOf(raw));
  const body = channelVCard(channel, owner, absoluteUrl(`/en/channels/${channel.id}`), SITE_NAME_EN, "en");
  return new Response(body, {
    headers: {
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="${channel.id}.vcf"`,
    },
  });
}
