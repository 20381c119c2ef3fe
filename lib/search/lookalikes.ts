import list from "./lookalikes.json";
import { lookalikesIn, type Lookalikes, type LookalikeList } from "./slips";

/**
 * Words of the language, spelt right, one slip from a word search reads as naming who asks (an audience's
 * signals) or as asking for a contact (contact.ts): «подать» is a word, not «продать» mistyped, and
 * «реакции» no «редакции». Search reads them as themselves. Every form of the Russian Hunspell dictionary
 * (dictionary-ru, expanded by hunspell-reader) that a slip takes in, which no search page could carry whole:
 * written by `npm run search:lookalikes`, and checked by a unit test to be complete whenever a signal or a
 * contact word changes.
 */
export const LOOKALIKES: LookalikeList = list;

/** The same, as search reads them: parsed once for every reader. */
export const LOOKALIKE_FORMS: Lookalikes = lookalikesIn(LOOKALIKES);
