import type { RU_MESSAGES } from "./messages";
import type { Locale } from "./locale";

/**
 * Types next-intl's keys from the Russian messages, the source of truth; `EN_MESSAGES` is typed as the same
 * shape, so an English string missing or extra fails the type check.
 */
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof RU_MESSAGES;
  }
}
