import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { rootSegments } from "./root-segments";

/** A data file as read from disk, before any validation. */
export type RawFile = { file: string; text: string };

export type RawDataset = {
  organisations: RawFile;
  audiences: RawFile;
  sources: RawFile;
  topics: RawFile;
  guidance: RawFile;
  marketplaceComparison: RawFile;
  channels: RawFile[];
  /** The site's own first path segments (root-segments.ts), which an audience id must not take. */
  rootSegments: string[];
};

function read(dir: string, name: string): RawFile {
  const full = path.join(dir, name);
  return { file: path.posix.join("data", name), text: existsSync(full) ? readFileSync(full, "utf8") : "" };
}

export function readDataset(dir: string): RawDataset {
  const channelDir = path.join(dir, "channels");
  const channelFiles = existsSync(channelDir)
    ? readdirSync(channelDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  return {
    organisations: read(dir, "organisations.json"),
    audiences: read(dir, "audiences.json"),
    sources: read(dir, "sources.json"),
    topics: read(dir, "topics.json"),
    guidance: read(dir, "guidance.json"),
    marketplaceComparison: read(dir, "marketplace-comparison.json"),
    channels: channelFiles.map((f) => read(dir, path.posix.join("channels", f))),
    rootSegments: rootSegments(),
  };
}
