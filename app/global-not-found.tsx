import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { SiteDocument } from "@/components/site-document";
import { NotFoundContent } from "@/components/not-found-content";
import { VIEWPORT } from "@/lib/site/metadata";
import "./globals.css";

export const metadata: Metadata = { title: "Такой страницы нет — Связь с Ozon" };
export const viewport = VIEWPORT;

/** Addresses that match no route: with a root layout per language, no layout is there to hold app/not-found. */
export default function GlobalNotFound() {
  setRequestLocale("ru");
  return (
    <SiteDocument locale="ru">
      <NotFoundContent />
    </SiteDocument>
  );
}
