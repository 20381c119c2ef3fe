/** Advice against the usual mistakes; it never blocks composing. */
export function HintList({ hints, title }: { hints: string[]; title: string }) {
  return (
    <div aria-live="polite" data-testid="compose-hints">
      {hints.length > 0 ? (
        <div className="rounded-lg border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">{title}</p>
          <ul className="ml-5 list-disc space-y-1">
            {hints.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
