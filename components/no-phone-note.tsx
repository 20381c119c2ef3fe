import type { Audience } from "@/lib/schema";

/**
 * Said plainly and early: for some audiences no source gives a number that reaches a person for sure.
 * "Надёжного" because some numbers are only disputed, not known to be dead.
 */
export function NoPhoneNote({ audience }: { audience: Audience }) {
  if (!audience.noPhone) return null;
  return (
    <p className="rounded-xl border border-amber-300 bg-amber-50 p-4" data-testid="no-phone">
      <strong>Надёжного телефона нет. </strong>
      {audience.noPhone}
    </p>
  );
}
