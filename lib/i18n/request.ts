import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./locale";
import { EN_MESSAGES, RU_MESSAGES } from "./messages";

/**
 * next-intl's configuration for server rendering. Every page and layout sets its locale with
 * `setRequestLocale` before rendering, so the locale is never read from a request header and every page
 * stays static.
 */
export default getRequestConfig(async ({ locale, requestLocale }) => {
  const asked = locale ?? (await requestLocale);
  const chosen = isLocale(asked) ? asked : DEFAULT_LOCALE;
  return { locale: chosen, messages: chosen === "en" ? EN_MESSAGES : RU_MESSAGES, timeZone: "Europe/Moscow" };
});
