import { useRef } from "react";

/**
 * "The site was updated", shown once after a new deployment's service worker takes over. The live region
 * is always in the page, so that screen readers announce the message when it appears; Escape or «Закрыть»
 * dismisses it, and focus then goes to the content rather than nowhere.
 */
export function UpdateNotice({ shown, onDismiss }: { shown: boolean; onDismiss: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  function dismiss() {
    const hadFocus = box.current?.contains(document.activeElement) ?? false;
    onDismiss();
    if (hadFocus) document.getElementById("main")?.focus();
  }
  return (
    <div role="status">
      {shown ? (
        <div
          ref={box}
          onKeyDown={(e) => {
            if (e.key === "Escape") dismiss();
          }}
          className="fixed inset-x-4 bottom-4 z-50 mx-auto flex max-w-xl flex-wrap items-center gap-3 rounded-xl border border-slate-300 bg-white p-4 shadow-lg"
        >
          <p className="grow basis-60">Сайт обновился — перезагрузите страницу, чтобы увидеть новую версию.</p>
          <div className="flex gap-2">
            <button type="button" onClick={() => window.location.reload()} className="button-primary-sm">
              Перезагрузить
            </button>
            <button type="button" onClick={dismiss} className="button-sm">
              Закрыть
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
