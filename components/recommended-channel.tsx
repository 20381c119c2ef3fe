import type { Channel } from "@/lib/dataset/schema";
import { ChannelCard } from "./channel-card";
import { TextList } from "./text-list";

type Props = {
  channel: Channel;
  reason: string;
  category?: string;
  /** The category's response time and who gives it («по одной статье»). */
  categoryResponse?: { text: string; by: string };
  prepare: string[];
  best: boolean;
};

/** A channel as an answer to a topic: why it, what to pick, what to prepare, what it won't do. */
export function RecommendedChannel({ channel, reason, category, categoryResponse, prepare, best }: Props) {
  return (
    <div className="space-y-3" data-recommended={channel.id}>
      <p className={best ? "text-lg" : ""}>
        <strong>{best ? "Почему этот канал: " : "Когда подойдёт: "}</strong>
        {reason}
      </p>
      {category ? (
        <p className="rounded-lg border border-brand bg-white p-3">
          В форме обращения выберите категорию <strong>«{category}»</strong>.
          {categoryResponse ? (
            <>
              {" "}
              Срок ответа по ней: <strong>{categoryResponse.text}</strong> ({categoryResponse.by}).
            </>
          ) : null}
        </p>
      ) : null}
      <ChannelCard channel={channel} />
      {best ? <TextList title="Что подготовить" items={prepare} /> : null}
      {best ? <TextList title="С чем этот канал не поможет" items={channel.cannotHelp} /> : null}
    </div>
  );
}
