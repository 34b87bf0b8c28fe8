// What the README states that the code decides, computed from the code: the IAM actions the features call (from
// the one operations table, src/aws/operations.ts, and which feature folders of src/host name each operation),
// and the settings package.json contributes (with `%key%` texts resolved through package.nls.json). readme.test.ts
// compares the README with these; updateReadme.ts writes the generated permissions block.
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS, type OperationName } from '../../../src/aws/operations';

export const ROOT = path.join(__dirname, '../../../..');
export const README = path.join(ROOT, 'README.md');
export const PERMISSIONS_START = '<!-- permissions: generated from src/aws/operations.ts and the src/host features that call each operation; `npm run readme:tables` rewrites it, test/unit/readme checks it -->';
export const PERMISSIONS_END = '<!-- /permissions -->';

/** Feature names by source folder (first match wins): where an operation is named is the feature that calls it. */
const FEATURES: readonly [prefix: string, feature: string][] = [
  ['src/host/explorer/', 'Explorer'],
  ['src/host/matches/', 'Matches review'],
  ['src/host/profiles/search/', 'Search Profiles'],
  ['src/host/profiles/view/', 'Profile view'],
  ['src/host/profiles/mapping/', 'Test Mapping with Sample'],
  ['src/host/profiles/', 'Open Profile'],
  ['src/host/domainJson/sampleCommands.ts', 'Create Object Type from Samples'],
  ['src/host/domainJson/domainCommands.ts', 'Domain commands'],
  ['src/host/domainJson/objectTypeCommands.ts', 'Object type commands'],
  ['src/host/domainJson/', 'JSON editing'],
  ['src/host/connection/', 'Connection'],
];

/** Reads only what the service has: no create, update, delete, merge, put or tag. */
const READ_ONLY = /^(List|Get|BatchGet|Search|Detect)/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts')).map((f) => path.posix.join(dir, f.split(path.sep).join('/'))).sort();
}

function featureOf(file: string): string {
  return FEATURES.find(([prefix]) => file.startsWith(prefix))?.[1] ?? file.split('/')[2];
}

export interface Permission { action: string; changesData: boolean; features: string[] }

/** Every operation of the table that some feature names as a string ('GetDomain'), with the features. */
export function calledOperations(): { permissions: Permission[]; unused: OperationName[] } {
  const files = sourceFiles('src/host').map((f) => ({ f, text: fs.readFileSync(path.join(ROOT, f), 'utf8') }));
  const permissions: Permission[] = [];
  const unused: OperationName[] = [];
  for (const op of Object.keys(COMMANDS) as OperationName[]) {
    const features = [...new Set(files.filter(({ text }) => text.includes(`'${op}'`)).map(({ f }) => featureOf(f)))].sort();
    if (features.length === 0) unused.push(op);
    else permissions.push({ action: `profile:${op}`, changesData: !READ_ONLY.test(op), features });
  }
  // Not a Customer Profiles operation (src/aws/callerIdentity.ts): the account id no Customer Profiles answer has.
  permissions.push({ action: 'sts:GetCallerIdentity', changesData: false, features: ['JSON editing (the account id in tag ARNs; without it you are asked for it once)'] });
  return { permissions, unused };
}

export function permissionsBlock(): string {
  const { permissions, unused } = calledOperations();
  const row = (p: Permission): string => `| \`${p.action}\` | ${p.changesData ? '**yes**' : 'no'} | ${p.features.join(', ')} |`;
  return [
    PERMISSIONS_START,
    '| IAM action | Changes data | Called by |',
    '|---|---|---|',
    ...permissions.filter((p) => !p.changesData).map(row),
    ...permissions.filter((p) => p.changesData).map(row),
    '',
    `Read-only use needs only the actions marked "no". No feature calls ${unused.map((op) => `\`${op}\``).join(', ')} (they are in the operations table, but no command calls them): no permission is needed for them.`,
    PERMISSIONS_END,
  ].join('\n');
}

/** The block as it stands in `readme` (undefined when the markers are missing). */
export function currentPermissionsBlock(readme: string): string | undefined {
  const start = readme.indexOf(PERMISSIONS_START);
  const end = readme.indexOf(PERMISSIONS_END);
  return start < 0 || end < start ? undefined : readme.slice(start, end + PERMISSIONS_END.length);
}

export interface Setting { key: string; default: unknown; description: string }

/** A manifest string: `%key%` resolved through package.nls.json (when the manifest is localized), else as is. */
export function manifestText(value: string | undefined, nls: Record<string, string> | undefined): string | undefined {
  const key = /^%(.+)%$/.exec(value ?? '')?.[1];
  if (key === undefined) return value;
  return nls?.[key];
}

export function contributedSettings(): Setting[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default?: unknown; description?: string; markdownDescription?: string }> } };
  };
  const nlsFile = path.join(ROOT, 'package.nls.json');
  const nls = fs.existsSync(nlsFile) ? (JSON.parse(fs.readFileSync(nlsFile, 'utf8')) as Record<string, string>) : undefined;
  return Object.entries(manifest.contributes.configuration.properties).map(([key, p]) => ({
    key, default: p.default, description: manifestText(p.markdownDescription ?? p.description, nls) ?? '',
  }));
}

/** The `| \`key\` | \`default\` | meaning |` rows of the README's "## Settings" section. */
export function readmeSettingsRows(readme: string): Map<string, { defaultCell: string; meaning: string }> {
  const section = /^## Settings\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  const rows = new Map<string, { defaultCell: string; meaning: string }>();
  for (const m of section.matchAll(/^\| `([\w.]+)` \| (.*?) \| (.*) \|$/gm)) rows.set(m[1], { defaultCell: m[2].trim(), meaning: m[3].trim() });
  return rows;
}
