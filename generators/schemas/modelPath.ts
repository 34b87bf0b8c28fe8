// Where the botocore model lives. It is a team reference beside the repository, not part of it.
import * as fs from 'fs';
import * as path from 'path';

export const MODEL_FILE = 'customer-profiles-2020-08-15.service-2.json';

/** The directory holding package.json, found by walking up (works from src/ under ts and from out/). */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'src', 'schemas'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No project root above ${from}`);
    dir = parent;
  }
}

/** `../shared/reference/<model>` relative to the project root. */
export function defaultModelPath(root: string = projectRoot()): string {
  return path.resolve(root, '..', 'shared', 'reference', MODEL_FILE);
}

/** The directory the committed schemas live in. */
export function schemasDir(root: string = projectRoot()): string {
  return path.join(root, 'src', 'schemas');
}
