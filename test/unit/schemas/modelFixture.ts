// The botocore model for tests that need the full model (determinism). It lives beside the repository
// (../shared/reference) or where CPX_MODEL points; tests skip with a printed reason when it is absent.
import * as fs from 'fs';
import type { BotocoreModel } from '../../../generators/schemas/botocoreModel';
import { defaultModelPath, projectRoot } from '../../../generators/schemas/modelPath';

export const ROOT = projectRoot(__dirname);
export const MODEL_PATH = process.env.CPX_MODEL ?? defaultModelPath(ROOT);

let cached: BotocoreModel | undefined;

/** The model, or undefined after printing why it is missing (callers then this.skip()). */
export function loadModel(): BotocoreModel | undefined {
  if (cached) return cached;
  if (!fs.existsSync(MODEL_PATH)) {
    console.log(`    (skipped: botocore model not found at ${MODEL_PATH}; set CPX_MODEL)`);
    return undefined;
  }
  cached = JSON.parse(fs.readFileSync(MODEL_PATH, 'utf8')) as BotocoreModel;
  return cached;
}
