/**
 * Writes lib/search/lookalikes.json: the words of the language one slip from a word search reads for who
 * asks or for a contact (lib/search/lookalikes.ts). Its unit test says when the file is stale.
 *   npm run search:lookalikes
 */
import { writeFileSync } from "node:fs";
import { loadDirectory } from "../lib/dataset/load";
import { dictionaryForms, LOOKALIKES_FILE, lookalikeList, lookalikesOf } from "./search/lookalikes";

const forms = lookalikesOf(loadDirectory(), await dictionaryForms());
writeFileSync(LOOKALIKES_FILE, `${JSON.stringify(lookalikeList(forms, "ru"), null, 2)}\n`);
console.log(`${LOOKALIKES_FILE}: ${forms.length} forms`);
