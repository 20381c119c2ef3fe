import type { RU_MESSAGES } from "@/lib/i18n/messages";

/**
 * The composer's words: the `form` part of the `compose` messages, handed over by the page in its language.
 * A type-only import: no message file reaches the client bundle.
 */
export type ComposeWords = (typeof RU_MESSAGES)["compose"]["form"];
