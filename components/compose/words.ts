import type english from "@/lib/i18n/messages/en/compose.json";

/**
 * The composer's words, handed over by the page in its language. Typed from the English messages: the
 * Russian page takes its errors, hints and attachment labels from lib/compose, where the request is written
 * with them, and the rest of its words from the Russian messages. A type-only import: no message file
 * reaches the client bundle.
 */
export type ComposeWords = (typeof english)["form"];
