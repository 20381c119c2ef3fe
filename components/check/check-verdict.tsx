import { PageLink } from "@/components/page-link";
import type { CheckEntry, CheckResult } from "@/lib/check";
import { displayValue } from "@/lib/format";
import { StatusBadge } from "../status-badge";
import { ConfidenceNote } from "../confidence-note";
import { notOzonText } from "@/lib/ownership";

export type OfficialLink = { id: string; title: string };

/** Ozon's own contacts; another company's is named as theirs (notOzonText). */
const headline: Record<Exclude<CheckEntry["status"], "third-party">, string> = {
  active: "Это действующий канал Ozon",
  disputed: "Это контакт Ozon, но работает ли он, не подтверждено",
  discontinued: "Это бывший контакт Ozon — он больше не работает",
};

function SafetyAdvice({ official }: { official: OfficialLink[] }) {
  return (
    <div className="space-y-2">
      <p>
        <strong>Ozon никогда не просит по телефону коды из SMS, пароли и данные карты.</strong> Если звонящий
        представляется сотрудником Ozon и просит их, положите трубку.
      </p>
      <p>Свяжитесь с Ozon сами, через официальные каналы:</p>
      <ul className="ml-5 list-disc">
        {official.map((o) => (
          <li key={o.id}>
            <PageLink href={`/channels/${o.id}`} className="underline">
              {o.title}
            </PageLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The checker's answer; used by the live checker and by the static per-number pages. */
export function CheckVerdict({ result, official }: { result: CheckResult; official: OfficialLink[] }) {
  if (result.kind === "empty") return null;
  if (result.kind === "unknown") {
    const what = result.as === "phone" ? "номера" : result.as === "email" ? "адреса" : "контакта";
    return (
      <div className="space-y-3 rounded-xl border border-amber-400 bg-amber-50 p-4" data-verdict="unknown">
        <h2 className="text-lg font-bold">
          {result.as === "text" ? "Это не похоже на номер телефона или адрес почты" : `Этого ${what} нет в справочнике`}
        </h2>
        {result.as === "text" ? (
          <p>Вставьте номер в любом формате (например, 8 800 234-70-00) или адрес почты.</p>
        ) : (
          <p>
            {result.normalized} — не найден ни среди контактов Ozon, ни среди известных сторонних. Это не значит, что он
            мошеннический, но и подтверждения, что он принадлежит Ozon, у нас нет.
          </p>
        )}
        <SafetyAdvice official={official} />
      </div>
    );
  }
  const { entry } = result;
  const tone =
    entry.status === "active"
      ? "border-green-600 bg-green-50"
      : entry.status === "disputed"
        ? "border-amber-500 bg-amber-50"
        : "border-red-500 bg-red-50";
  return (
    <div className={`space-y-3 rounded-xl border p-4 ${tone}`} data-verdict={entry.status}>
      <p className="inline-row">
        <StatusBadge status={entry.status} />
        <ConfidenceNote level={entry.confidence} />
      </p>
      <h2 className="text-lg font-bold">
        {entry.status === "third-party" ? notOzonText(entry.owner, entry.kind) : headline[entry.status]}
      </h2>
      <p>
        <strong>{displayValue(entry) ?? entry.title}</strong> —{" "}
        <PageLink href={`/channels/${entry.id}`} className="underline">
          {entry.title}
        </PageLink>
        {entry.status === "third-party" ? <>, владелец: {entry.owner.name}</> : null}.
      </p>
      <p>{entry.verdict}</p>
      {entry.replacement ? (
        <p className="font-semibold">
          Вместо него используйте:{" "}
          <PageLink href={`/channels/${entry.replacement.id}`} className="underline">
            {entry.replacement.title}
          </PageLink>
        </p>
      ) : null}
      {entry.status === "third-party" ? (
        <>
          <p className="font-semibold">
            Не сообщайте по этому контакту данные заказа, аккаунта или карты: это не Ozon.
          </p>
          <SafetyAdvice official={official} />
        </>
      ) : null}
    </div>
  );
}
