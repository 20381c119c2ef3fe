import { useTranslations } from "next-intl";
import type { Channel } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n/locale";
import { actionHref, actionLabel, displayValue } from "@/lib/text/channel";
import { CopyButton } from "./copy-button";

/** The channel's number, address or link, with the action it allows and a copy button. */
export function ChannelValue({ channel, locale = "ru" }: { channel: Channel; locale?: Locale }) {
  const t = useTranslations("channel");
  const shown = displayValue(channel);
  const href = actionHref(channel);
  const copyText = channel.kind === "phone" ? shown : channel.value;
  const struck = channel.status === "discontinued";
  return (
    <div className="inline-row">
      {shown ? (
        <span
          className={`text-lg font-semibold ${struck ? "text-slate-600 line-through" : ""}`}
          data-testid="channel-value"
        >
          {shown}
        </span>
      ) : null}
      {href && channel.status !== "third-party" ? (
        <a
          href={href}
          className="button-primary-sm"
          {...(href.startsWith("http") ? { target: "_blank", rel: "noopener noreferrer" } : {})}
        >
          {actionLabel(channel, locale)}
          {href.startsWith("http") ? <span className="sr-only"> {t("value.newTab")}</span> : null}
        </a>
      ) : null}
      {copyText && !struck ? <CopyButton text={copyText} label={shown ?? channel.title} locale={locale} /> : null}
      {channel.location ? <p className="w-full text-sm text-slate-700">{channel.location}</p> : null}
    </div>
  );
}
