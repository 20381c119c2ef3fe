/**
 * Letters a slip turns into one another: neighbours on the keyboard (ЙЦУКЕН and QWERTY) and letters that
 * sound alike («продовец», «следоватиль», «сопорт»). Any other letter for a letter is another word, not a
 * slip: «позиция» is not «полиция», «полис» not «полиц…». Hand-written because it is a few rows of the
 * two keyboards this site's visitors type on; no package pairs them with Russian's sound-alikes.
 */
const ROWS = [
  ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"],
  ["qwertyuiop", "asdfghjkl", "zxcvbnm"],
];
const SOUNDS = [
  "ао",
  "еи",
  "иы",
  "ея",
  "ую",
  "зс",
  "дт",
  "бп",
  "гк",
  "вф",
  "жш",
  "шщ",
  "чщ",
  "ьъ",
  "ao",
  "ei",
  "iy",
  "ck",
  "sz",
  "kq",
];

/** A pair of letters as one number, for a lookup per cell of the edit-distance table. */
const pair = (a: string, b: string): number => a.charCodeAt(0) * 0x10000 + b.charCodeAt(0);

function pairs(): Set<number> {
  const out = new Set<number>();
  const add = (a: string | undefined, b: string | undefined): void => {
    if (a === undefined || b === undefined) return;
    out.add(pair(a, b));
    out.add(pair(b, a));
  };
  for (const rows of ROWS) {
    rows.forEach((row, r) => {
      for (let j = 0; j < row.length; j += 1) {
        add(row[j], row[j + 1]);
        // A key of the row below sits between two keys of the row above.
        const below = rows[r + 1];
        if (below) {
          add(row[j], below[j]);
          add(row[j], below[j - 1]);
        }
      }
    });
  }
  for (const [a, b] of SOUNDS) add(a, b);
  return out;
}

const NEAR = pairs();

/** Whether typing one letter for the other is a slip. */
export const near = (a: string, b: string): boolean => NEAR.has(pair(a, b));
