import { PageLink } from "@/components/page-link";
import type { KeyboardEvent, Ref } from "react";
import type { SearchHit } from "@/lib/search/search";
import { kindName, ownerNote, targetPrompt } from "@/lib/search/present";
import { StatusBadge } from "@/components/status-badge";

type Props = {
  hit: SearchHit;
  linkRef: Ref<HTMLAnchorElement>;
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>) => void;
};

/** One result: what it is, its title (the link), the value and status, and where a topic leads. */
export function SearchResult({ hit, linkRef, onKeyDown }: Props) {
  const { doc } = hit;
  const note = ownerNote(doc);
  return (
    <li
      className="space-y-1.5 rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
      data-kind={doc.kind}
      data-id={doc.id}
    >
      <p className="text-sm text-slate-700">
        <span className="font-semibold tracking-wide uppercase">{kindName[doc.kind]}</span>
        {doc.detail ? <span> · {doc.detail}</span> : null}
      </p>
      <PageLink
        ref={linkRef}
        href={doc.href}
        onKeyDown={onKeyDown}
        className="title-link block text-lg leading-snug font-bold"
      >
        {doc.title}
      </PageLink>
      {doc.value ? (
        <p className={`font-semibold ${doc.status === "discontinued" ? "text-slate-600 line-through" : ""}`}>
          {doc.value}
        </p>
      ) : null}
      {doc.location && !doc.value ? <p className="text-sm text-slate-700">{doc.location}</p> : null}
      {doc.status ? (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge status={doc.status} />
          {note ? <span className="font-medium text-slate-800">{note}</span> : null}
        </p>
      ) : null}
      {doc.replacement ? (
        <p className="rounded-lg border border-red-200 bg-red-50 p-2 text-sm">
          Вместо него:{" "}
          <PageLink href={doc.replacement.href} className="font-semibold underline">
            {doc.replacement.title}
          </PageLink>
        </p>
      ) : null}
      {doc.target && doc.kind !== "channel" ? (
        <p className="text-sm">
          {targetPrompt(doc)}{" "}
          <PageLink href={doc.target.href} className="font-semibold underline">
            {doc.target.title}
          </PageLink>
        </p>
      ) : null}
    </li>
  );
}
