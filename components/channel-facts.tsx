import type { Channel } from "@/lib/dataset/schema";
import { formatResponseTime } from "@/lib/text/channel";
import { costText, SEVERAL_SOURCES } from "@/lib/trust/attribution";
import { shiftsOf } from "@/lib/hours/open-state";
import { sourcesInWords } from "@/lib/dataset/access";
import { firstReplyRange } from "@/lib/replies/range";
import { HoursText } from "./hours-text";
import { OpenNow } from "./open-now";
import { reserveFor } from "@/lib/hours/open-now-text";

/**
 * Hours, response time and cost as a compact definition list; `brief` (list cards) leaves out the hours'
 * notes. Response times show the span across sources and who gives each figure.
 */
export function ChannelFacts({ channel, brief = false }: { channel: Channel; brief?: boolean }) {
  const range = firstReplyRange(channel.responseTimes);
  const shifts = channel.hours ? shiftsOf(channel.hours, sourcesInWords) : undefined;
  return (
    <dl className="facts">
      {channel.hours ? (
        <>
          <dt className="font-semibold">Часы</dt>
          <dd>
            <HoursText hours={channel.hours} notes={!brief} />
            {/* A disputed line's claimed hours do not say that anyone answers now. */}
            {shifts && channel.status === "active" ? <OpenNow hours={shifts} reserve={reserveFor(shifts)} /> : null}
          </dd>
        </>
      ) : null}
      {channel.responseTimes.length > 0 ? (
        <>
          <dt className="font-semibold">Ответ</dt>
          <dd>
            {range ? (
              <p data-testid="reply-range">
                Первый ответ: <strong>{range}</strong>
                {channel.responseTimes.filter((r) => r.stage === "first-reply").length > 1 ? ` ${SEVERAL_SOURCES}` : ""}
              </p>
            ) : null}
            <ul className="space-y-0.5">
              {channel.responseTimes.map((r, i) => (
                <li key={i}>
                  {formatResponseTime(r)}
                  <span className="text-slate-600">
                    {r.context ? ` — ${r.context}` : ""} ({sourcesInWords([r.source])})
                  </span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {channel.kind === "phone" ? (
        <>
          <dt className="font-semibold">Звонок</dt>
          <dd>{costText(channel)}</dd>
        </>
      ) : null}
    </dl>
  );
}
