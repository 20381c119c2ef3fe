import type { Channel } from "@/lib/schema";

const platformLabel: Record<Channel["steps"][number]["platform"], string> = {
  web: "На сайте",
  app: "В приложении",
  phone: "По телефону",
  email: "По почте",
  other: "Как это сделать",
};

export function StepsList({ steps }: { steps: Channel["steps"] }) {
  return (
    <div className="space-y-3">
      {steps.map((s) => (
        <div key={s.platform}>
          <h4 className="font-semibold">{platformLabel[s.platform]}</h4>
          <ol className="ml-5 list-decimal space-y-1">
            {s.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
