import { setRequestLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found-content";

export default function NotFound() {
  setRequestLocale("ru");
  return <NotFoundContent />;
}
