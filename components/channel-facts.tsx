import type { Channel } from "@/lib/schema";
import { costLabel, formatResponseTime } from "@/lib/format";
import { shiftsOf } from "@/lib/hours";
import { HoursText } from "./hours-text";
import { OpenNow } from "./open-now";

/** Hours, response time and cost as a compact definition list; `brief` (list cards) leaves out the hours' notes. */
export function ChannelFacts({ channel, brief = false }: { channel: Channel; brief?: boolean }) {
  return (
    <dl className="facts">
      {channel.hours ? (
        <>
          <dt className="font-semibold">Часы</dt>
          <dd>
            <HoursText hours={channel.hours} notes={!brief} />
            {channel.status === "active" || channel.status === "disputed" ? (
              <OpenNow hours={shiftsOf(channel.hours)} />
            ) : null}
          </dd>
        </>
      ) : null}
      {channel.responseTimes.length > 0 ? (
        <>
          <dt className="font-semibold">Ответ</dt>
          <dd>
            <ul className="space-y-0.5">
              {channel.responseTimes.map((r, i) => (
                <li key={i}>
                  {formatResponseTime(r)}
                  {r.context ? <span className="text-slate-600"> — {r.context}</span> : null}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {channel.kind === "phone" ? (
        <>
          <dt className="font-semibold">Звонок</dt>
          <dd>{costLabel[channel.cost]}</dd>
        </>
      ) : null}
    </dl>
  );
}
