import path from "node:path";
import { readDataset } from "./read-files";
import { formatError, validateDataset } from "./validate";
import type { Directory } from "./schema";

/** DATASET_DIR lets the validator be pointed at a copy (used by its own tests). */
export const DATASET_DIR = process.env.DATASET_DIR ?? path.join(process.cwd(), "data");

/** Reads and validates data/; throws with every problem listed, so a bad edit fails the build. */
export function loadDirectory(dir: string = DATASET_DIR): Directory {
  const { directory, errors } = validateDataset(readDataset(dir));
  if (!directory) {
    const lines = errors.map(formatError).join("\n");
    throw new Error(`Данные не прошли проверку (${errors.length}):\n${lines}`);
  }
  return directory;
}
