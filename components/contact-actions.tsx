import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import type { Channel } from "@/lib/dataset/schema";
import { channelHref } from "@/lib/dataset/access";
import type { Locale } from "@/lib/i18n/locale";
import { absoluteUrl } from "@/lib/site/url";
import { offersVCard, vCardPath } from "@/lib/site/vcard";
import { ShareButton } from "./share-button";

/**
 * Keeping the contact: a vCard for the phone book, the share sheet, and on a computer a QR code that
 * carries the page over to a phone. The QR is drawn at build time, so it costs no client code. Shared and
 * scanned is the channel's page in `locale`, or its Russian page where it has no English one.
 */
export async function ContactActions({ channel, locale = "ru" }: { channel: Channel; locale?: Locale }) {
  const t = await getTranslations({ locale, namespace: "channel" });
  const url = absoluteUrl(channelHref(locale, channel.id).href);
  const qr = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 4 });
  return (
    <section aria-label={t("contact.label")} className="flex flex-wrap items-start justify-between gap-4">
      <div className="inline-row">
        {offersVCard(channel) ? (
          <a href={vCardPath(channel.id, locale)} download={`${channel.id}.vcf`} className="button-sm no-underline">
            {t("contact.vCard")}
          </a>
        ) : null}
        <ShareButton
          url={url}
          title={channel.title}
          words={{ share: t("share.share"), copied: t("share.copied"), failed: t("share.failed", { url }) }}
        />
      </div>
      <figure className="hidden w-36 text-center text-sm text-slate-700 md:block">
        <div
          role="img"
          aria-label={t("contact.qr")}
          className="bg-white [&>svg]:block [&>svg]:size-36"
          data-testid="page-qr"
          dangerouslySetInnerHTML={{ __html: qr }}
        />
        <figcaption className="mt-1">{t("contact.qrCaption")}</figcaption>
      </figure>
    </section>
  );
}
