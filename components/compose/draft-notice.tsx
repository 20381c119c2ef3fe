import type { DraftStatus } from "./use-draft";
import type { ComposeWords } from "./words";

type Props = { status: DraftStatus; storageOk: boolean; cleared: boolean; words: ComposeWords["draft"] };

/** Where the draft lives and whether it was just restored or cleared. */
export function DraftNotice({ status, storageOk, cleared, words }: Props) {
  const message = !storageOk
    ? words.unsaved
    : cleared
      ? words.cleared
      : status === "restored"
        ? words.restored
        : words.saving;
  return (
    <p role="status" className="rounded-lg bg-slate-100 p-3 text-sm text-slate-800" data-testid="compose-draft-status">
      {message}
    </p>
  );
}
