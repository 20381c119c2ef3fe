import QRCode from "qrcode";
import type { Channel } from "@/lib/dataset/schema";
import { absoluteUrl } from "@/lib/site/url";
import { offersVCard, vCardPath } from "@/lib/site/vcard";
import { ShareButton } from "./share-button";

/**
 * Keeping the contact: a vCard for the phone book, the share sheet, and on a computer a QR code that
 * carries the page over to a phone. The QR is drawn at build time, so it costs no client code.
 */
export async function ContactActions({ channel }: { channel: Channel }) {
  const url = absoluteUrl(`/channels/${channel.id}`);
  const qr = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 4 });
  return (
    <section aria-label="Сохранить и поделиться" className="flex flex-wrap items-start justify-between gap-4">
      <div className="inline-row">
        {offersVCard(channel) ? (
          <a href={vCardPath(channel.id)} download={`${channel.id}.vcf`} className="button-sm no-underline">
            Сохранить в контакты
          </a>
        ) : null}
        <ShareButton url={url} title={channel.title} />
      </div>
      <figure className="hidden w-36 text-center text-sm text-slate-700 md:block">
        <div
          role="img"
          aria-label="QR-код со ссылкой на эту страницу"
          className="bg-white [&>svg]:block [&>svg]:size-36"
          data-testid="page-qr"
          dangerouslySetInnerHTML={{ __html: qr }}
        />
        <figcaption className="mt-1">Наведите камеру телефона, чтобы открыть страницу на нём</figcaption>
      </figure>
    </section>
  );
}
