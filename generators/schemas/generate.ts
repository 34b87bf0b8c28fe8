// `npm run schemas [-- path/to/service-2.json]` (or CPX_MODEL=path): regenerates the committed JSON Schemas in src/schemas/
// (build time only: this folder never ships; the runtime reads the generated JSON files)
// from the botocore model. Never edit the generated files by hand: a unit test regenerates and compares.
import * as fs from 'fs';
import * as path from 'path';
import { BotocoreModel } from './botocoreModel';
import { generateSchemaFiles } from './generateFiles';
import { defaultModelPath, schemasDir } from './modelPath';

function main(argv: readonly string[]): void {
  const modelPath = path.resolve(argv[0] ?? process.env.CPX_MODEL ?? defaultModelPath());
  if (!fs.existsSync(modelPath)) {
    throw new Error(`Model not found: ${modelPath}\nPass the service-2.json path: npm run schemas -- <path>`);
  }
  const model = JSON.parse(fs.readFileSync(modelPath, 'utf8')) as BotocoreModel;
  const outDir = schemasDir();
  for (const [file, text] of generateSchemaFiles(model)) {
    const target = path.join(outDir, file);
    const unchanged = fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text;
    if (!unchanged) fs.writeFileSync(target, text);
    console.log(`${unchanged ? 'unchanged' : 'wrote    '} ${path.relative(process.cwd(), target)} (${Buffer.byteLength(text)} bytes)`);
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
