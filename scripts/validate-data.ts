import { readDataset } from "../lib/dataset/read-files";
import { formatError, validateDataset } from "../lib/dataset/validate";
import { DATASET_DIR } from "../lib/dataset/load";

const { directory, errors } = validateDataset(readDataset(DATASET_DIR));
if (!directory) {
  console.error(`validate:data: ${errors.length} error(s)`);
  for (const e of errors) console.error(`  ${formatError(e)}`);
  process.exit(1);
}
console.log(
  `validate:data: ok — ${directory.channels.length} channels, ${directory.topics.length} topics, ` +
    `${directory.audiences.length} audiences, ${directory.sources.length} sources`,
);
