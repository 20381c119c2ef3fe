import { getChannels, organisationOf, requireChannel } from "@/lib/dataset/access";
import { absoluteUrl, SITE_NAME } from "@/lib/site/url";
import { channelVCard, offersVCard } from "@/lib/site/vcard";

/** One file per savable channel, written at build time (also by STATIC_EXPORT=1); others have no route. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getChannels()
    .filter(offersVCard)
    .map((c) => ({ id: c.id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const channel = requireChannel((await params).id);
  const body = channelVCard(channel, organisationOf(channel), absoluteUrl(`/channels/${channel.id}`), SITE_NAME);
  return new Response(body, {
    headers: {
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="${channel.id}.vcf"`,
    },
  });
}
