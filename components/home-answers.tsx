import { PageLink } from "@/components/page-link";
import { requireChannel, getTopic } from "@/lib/dataset/access";

/**
 * What most visitors come for, answered on the first screen before they are asked who they are.
 * The targets are looked up so that a renamed channel or topic fails the build instead of a link.
 */
export function HomeAnswers() {
  const buyerChat = requireChannel("buyer-support-chat");
  const sellerChat = requireChannel("seller-support-chat");
  const noPhone = getTopic("buyer-call-human");
  if (!noPhone) throw new Error("Unknown topic buyer-call-human");
  const answers = [
    {
      href: `/channels/${buyerChat.id}`,
      title: "Покупателю — чат",
      text: "Надёжного телефона нет.",
      more: { href: `/help/buyers/${noPhone.id}`, label: "Почему" },
    },
    {
      href: `/channels/${sellerChat.id}`,
      title: "Продавцу — чат Ozon Seller",
      text: "Надёжного телефона нет.",
    },
    {
      href: "/check",
      title: "Проверить номер или почту",
      text: "Ozon ли это — из SMS, письма или статьи.",
    },
  ];
  return (
    <ul className="space-y-2">
      {answers.map((a) => (
        <li key={a.href} className="rounded-xl border border-slate-300 bg-white px-3 py-2 shadow-sm">
          <PageLink href={a.href} className="title-link font-semibold">
            {a.title}
          </PageLink>
          <p className="text-sm text-slate-700">
            {a.text}
            {a.more ? (
              <>
                {" "}
                <PageLink href={a.more.href} className="underline">
                  {a.more.label}
                </PageLink>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
