// Lists the profiles of the shared config and credentials files, the way the SDK reads them
// (AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE honoured by the SDK's own loader).
import { loadSharedConfigFiles } from '@smithy/core/config';

export type AwsProfileKind = 'sso' | 'role' | 'process' | 'static' | 'other';

export interface AwsProfileSummary {
  readonly name: string;
  readonly kind: AwsProfileKind;
  readonly region?: string;
  /** Which files define it. */
  readonly sources: readonly ('config' | 'credentials')[];
}

type Section = Record<string, string | undefined>;

// Non-profile sections of the config file, as keyed by the SDK loader ("sso-session.name", "services.name").
const NON_PROFILE_SECTION = /^(sso-session|services)\./;

function kindOf(section: Section): AwsProfileKind {
  if (section.sso_session || section.sso_start_url) return 'sso';
  if (section.role_arn) return 'role';
  if (section.credential_process) return 'process';
  if (section.aws_access_key_id) return 'static';
  return 'other';
}

/** Every profile, sorted with "default" first. Rereads the files each time (they change outside VS Code). */
export async function listAwsProfiles(): Promise<AwsProfileSummary[]> {
  const { configFile, credentialsFile } = await loadSharedConfigFiles({ ignoreCache: true });
  const names = new Set([...Object.keys(configFile), ...Object.keys(credentialsFile)].filter((n) => !NON_PROFILE_SECTION.test(n)));
  const profiles = [...names].map((name): AwsProfileSummary => {
    const config: Section = configFile[name] ?? {};
    const credentials: Section = credentialsFile[name] ?? {};
    const merged = { ...config, ...credentials };
    const sources: ('config' | 'credentials')[] = [];
    if (configFile[name]) sources.push('config');
    if (credentialsFile[name]) sources.push('credentials');
    return { name, kind: kindOf(merged), region: merged.region || undefined, sources };
  });
  return profiles.sort((a, b) => (a.name === 'default' ? -1 : b.name === 'default' ? 1 : a.name.localeCompare(b.name)));
}

/** The `region` of one profile (config file wins, as in the SDK), if any. */
export async function profileRegion(name: string): Promise<string | undefined> {
  const profiles = await listAwsProfiles();
  return profiles.find((p) => p.name === name)?.region;
}
