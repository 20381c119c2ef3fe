import type { Audience } from "@/lib/schema";

/** Said plainly and early: for some audiences the answer to "which number?" is "none". */
export function NoPhoneNote({ audience }: { audience: Audience }) {
  if (!audience.noPhone) return null;
  return (
    <p className="rounded-xl border border-amber-300 bg-amber-50 p-4" data-testid="no-phone">
      <strong>Телефона нет. </strong>
      {audience.noPhone}
    </p>
  );
}
