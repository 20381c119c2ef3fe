import { useTranslations } from "next-intl";
import type { Channel } from "@/lib/dataset/schema";

/** headingLevel keeps the outline unbroken: 4 under a card's h3, 3 directly under a page's h2. */
export function StepsList({ steps, headingLevel = 4 }: { steps: Channel["steps"]; headingLevel?: 3 | 4 }) {
  const t = useTranslations("channel");
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="space-y-3">
      {steps.map((s) => (
        <div key={s.platform}>
          <Heading className="font-semibold">{t(`steps.${s.platform}`)}</Heading>
          <ol className="ml-5 list-decimal space-y-1">
            {s.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
