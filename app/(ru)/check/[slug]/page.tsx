import { setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageLink } from "@/components/page-link";
import { confidenceOf, getChannels, organisationOf } from "@/lib/dataset/access";
import { contactSlug, toCheckEntries, type CheckEntry } from "@/lib/check/match";
import { officialIn } from "@/lib/check/page-data";
import { RU_MESSAGES } from "@/lib/i18n/messages";
import { displayValue } from "@/lib/text/channel";
import { statusLabel } from "@/lib/trust/status";
import { CheckVerdict } from "@/components/check/check-verdict";
import { canonical } from "@/lib/site/metadata";

export const dynamicParams = false;

function entries(): CheckEntry[] {
  return toCheckEntries(getChannels(), organisationOf, confidenceOf);
}

export function generateStaticParams() {
  return entries().flatMap((e) => {
    const slug = contactSlug(e);
    return slug ? [{ slug }] : [];
  });
}

type Props = { params: Promise<{ slug: string }> };

async function find(params: Props["params"]) {
  const { slug } = await params;
  return entries().find((e) => contactSlug(e) === slug);
}

function shown(e: CheckEntry): string {
  return displayValue(e) ?? e.title;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = await find(params);
  if (!e) return {};
  return {
    title: `${shown(e)} — чей это ${e.kind === "phone" ? "номер" : "адрес"}? ${statusLabel[e.status]}`,
    description: `${shown(e)}: ${e.title}. ${e.verdict}`.slice(0, 300),
    ...canonical(`/check/${contactSlug(e)}`),
  };
}

export default async function CheckSlugPage({ params }: Props) {
  setRequestLocale("ru");
  const entry = await find(params);
  if (!entry) notFound();
  return (
    <div className="space-y-5">
      <nav aria-label="Навигация" className="text-sm">
        <PageLink href="/check" className="underline">
          Проверить другой номер
        </PageLink>
      </nav>
      <h1 className="text-2xl font-bold">
        {shown(entry)}: чей это {entry.kind === "phone" ? "номер" : "адрес"}?
      </h1>
      <CheckVerdict
        result={{ kind: "match", entry, as: entry.kind === "phone" ? "phone" : "email" }}
        official={officialIn("ru")}
        texts={RU_MESSAGES.check.checker}
      />
    </div>
  );
}
