import type { Channel } from "@/lib/dataset/schema";
import { actionHref, actionLabel, displayValue } from "@/lib/text/channel";
import { CopyButton } from "./copy-button";

/** The channel's number, address or link, with the action it allows and a copy button. */
export function ChannelValue({ channel }: { channel: Channel }) {
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
          {actionLabel(channel)}
          {href.startsWith("http") ? <span className="sr-only"> (откроется в новой вкладке)</span> : null}
        </a>
      ) : null}
      {copyText && !struck ? <CopyButton text={copyText} label={shown ?? channel.title} /> : null}
      {channel.location ? <p className="w-full text-sm text-slate-700">{channel.location}</p> : null}
    </div>
  );
}
