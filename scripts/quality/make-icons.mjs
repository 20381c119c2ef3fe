// Renders the PNG and ICO icons from public/icon.svg, the one drawn source. Run it after changing the SVG:
// `node scripts/quality/make-icons.mjs`. The outputs are committed, so builds never need sharp; sharp
// comes with Next (its image optimiser), which is why it is not a dependency of its own.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import sharp from "sharp";

const svg = readFileSync("public/icon.svg", "utf8").trim();
// Maskable icons are cropped to a circle by some launchers: a full-bleed square, the glyph inside the safe zone.
const fullBleed = svg.replace('rx="14" ', "");

async function png(source, size) {
  return sharp(Buffer.from(source), { density: (72 * size) / 64 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An ICO file holding one PNG image (supported by every browser since Windows Vista's format change). */
function ico(pngBytes, size) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(pngBytes.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, pngBytes]);
}

// The link-preview card; text is drawn here once, so the committed PNG needs no fonts at build time.
const card = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#005bff"/>
<g transform="translate(96 120) scale(3.5)">${svg.replace(/^<svg[^>]*>|<\/svg>$/g, "").replace('fill="#005bff"', 'fill="#0046c7"')}</g>
<text x="400" y="290" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="84" font-weight="bold" fill="#fff">Связь с Ozon</text>
<text x="400" y="370" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="40" fill="#fff">Как дозвониться и написать</text>
<text x="400" y="422" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="40" fill="#fff">в поддержку Ozon</text>
</svg>`;

mkdirSync("public/icons", { recursive: true });
writeFileSync("public/icons/icon-192.png", await png(svg, 192));
writeFileSync("public/icons/icon-512.png", await png(svg, 512));
writeFileSync("public/icons/icon-maskable-512.png", await png(fullBleed, 512));
writeFileSync("public/apple-icon.png", await png(fullBleed, 180));
writeFileSync("public/favicon.ico", ico(await png(svg, 32), 32));
writeFileSync("public/og-image.png", await sharp(Buffer.from(card)).png({ compressionLevel: 9 }).toBuffer());
console.log("icons written: public/icons/*.png, public/apple-icon.png, public/favicon.ico, public/og-image.png");
