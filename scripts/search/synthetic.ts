import type { SearchDoc } from "../../lib/search/types";

/**
 * Larger collections for the benchmark, grown from the real documents: every copy gets its own id,
 * number or address, a varied title and phrase list, so the vocabulary and the posting lists grow
 * the way a bigger directory would.
 */

/** A small deterministic PRNG (mulberry32): the same seed gives the same collection. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], rnd: () => number): T | undefined {
  return items[Math.floor(rnd() * items.length)];
}

function variedPhone(n: number): string {
  return `+79${String(100000000 + ((n * 7919) % 900000000)).slice(0, 9)}`;
}

function copy(doc: SearchDoc, n: number, all: readonly SearchDoc[], rnd: () => number): SearchDoc {
  const other = pick(all, rnd) ?? doc;
  const extraWord = pick(
    other.title.split(" ").filter((w) => w.length > 3),
    rnd,
  );
  const extraPhrase = pick(other.phrases, rnd);
  const phones = doc.phones.map(() => variedPhone(n));
  const emails = doc.emails.map((e) => e.replace("@", `${n}@`));
  return {
    ...doc,
    id: `${doc.id}-${n}`,
    href: `${doc.href}-${n}`,
    title: [doc.title, extraWord, String(n)].filter((w) => w !== undefined).join(" "),
    phones,
    emails,
    phrases: [...doc.phrases.filter(() => rnd() > 0.3), ...(extraPhrase === undefined ? [] : [extraPhrase])],
    value: phones[0] ?? emails[0] ?? doc.value,
  };
}

/** `size` documents: the real ones first, then numbered copies of them. */
export function syntheticDocs(real: readonly SearchDoc[], size: number, seed = 1): SearchDoc[] {
  const rnd = random(seed);
  const out = real.slice(0, size);
  for (let n = 1; out.length < size; n += 1) {
    for (const doc of real) {
      if (out.length >= size) break;
      out.push(copy(doc, n, real, rnd));
    }
  }
  return out;
}
