// `npm run readme:tables`: rewrites the README's generated permissions block from the code (readmeFacts.ts).
import * as fs from 'fs';
import { README, currentPermissionsBlock, permissionsBlock } from './readmeFacts';

const readme = fs.readFileSync(README, 'utf8');
const current = currentPermissionsBlock(readme);
if (current === undefined) throw new Error('README.md has no permissions markers to rewrite between');
fs.writeFileSync(README, readme.replace(current, permissionsBlock()));
console.log('README.md: permissions block rewritten');
