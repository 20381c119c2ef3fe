import type { DraftStatus } from "./use-draft";

type Props = { status: DraftStatus; storageOk: boolean; cleared: boolean };

/** Where the draft lives and whether it was just restored or cleared. */
export function DraftNotice({ status, storageOk, cleared }: Props) {
  const message = !storageOk
    ? "Браузер не даёт сохранить черновик (например, в режиме инкогнито): не закрывайте вкладку, пока не скопируете текст."
    : cleared
      ? "Форма очищена, сохранённый черновик удалён."
      : status === "restored"
        ? "Мы восстановили ваш черновик: продолжайте с того места, где остановились."
        : "Черновик сохраняется в этом браузере, пока вы пишете, и никуда не отправляется.";
  return (
    <p role="status" className="rounded-lg bg-slate-100 p-3 text-sm text-slate-800" data-testid="compose-draft-status">
      {message}
    </p>
  );
}
