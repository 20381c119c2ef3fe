import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { channel, marketplaceComparison, organisation } from "../../lib/dataset/schema";

const DATA = path.join(process.cwd(), "data");

/** A channel as the dataset states it, for tests that check what a page does with it. */
export function readChannel(id: string) {
  const file = path.join(DATA, "channels", `${id}.json`);
  return channel.parse(JSON.parse(readFileSync(file, "utf8")));
}

/** Every channel of the marketplaces the sellers' comparison shows next to Ozon, other than Ozon's own. */
export function otherMarketplaceChannels() {
  const organisations = z
    .array(organisation)
    .parse(JSON.parse(readFileSync(path.join(DATA, "organisations.json"), "utf8")));
  const comparison = marketplaceComparison.parse(
    JSON.parse(readFileSync(path.join(DATA, "marketplace-comparison.json"), "utf8")),
  );
  const others = new Set(
    comparison.marketplaces
      .map((m) => m.organisation)
      .filter((id) => organisations.some((o) => o.id === id && !o.isOzon)),
  );
  return readdirSync(path.join(DATA, "channels"))
    .map((f) => readChannel(f.replace(/\.json$/, "")))
    .filter((c) => others.has(c.organisation));
}
