"use client";

import { useRef, type KeyboardEvent, type MouseEvent } from "react";
import type { AudienceOption } from "@/lib/search/choice";

type Props = {
  options: readonly AudienceOption[];
  /** The question: who is asking decides where to write. */
  title: string;
  /** The address of the same search with an audience picked, for opening it in a new tab. */
  hrefFor: (audience: string) => string;
  onPick: (audience: string) => void;
};

export const CHOICE_ID = "search-choice";

/**
 * The first result when the words fit answers for different people: who is asking decides the answer.
 * Each option says whose answer it opens, so the question reads as a shortcut, not a hurdle; arrows
 * move between the options as they do between results.
 */
export function AudienceChoice({ options, title, hrefFor, onPick }: Props) {
  const links = useRef<Array<HTMLAnchorElement | null>>([]);
  const onKeyDown = (i: number) => (event: KeyboardEvent<HTMLAnchorElement>) => {
    const to = event.key === "ArrowDown" ? i + 1 : event.key === "ArrowUp" ? i - 1 : undefined;
    const link = to === undefined ? undefined : links.current[to];
    if (link) {
      event.preventDefault();
      link.focus();
    }
  };
  const pick = (audience: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onPick(audience);
  };
  return (
    <section
      id={CHOICE_ID}
      aria-labelledby="search-choice-title"
      className="space-y-2 rounded-xl border-2 border-brand bg-white p-3"
      data-testid="search-choice"
    >
      <h2 id="search-choice-title" className="text-lg font-bold">
        {title}
      </h2>
      <ul className="space-y-2">
        {options.map((o, i) => (
          <li key={o.audience}>
            <a
              ref={(el) => {
                links.current[i] = el;
              }}
              href={hrefFor(o.audience)}
              onClick={pick(o.audience)}
              onKeyDown={onKeyDown(i)}
              data-audience={o.audience}
              className="tile flex-col items-start gap-0.5"
            >
              <span className="block font-semibold">{o.label}</span>
              <span className="block text-sm text-slate-700">{o.hit.doc.title}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
