// Pure resolution rules for region and endpoint (no SDK, no vscode) so they are table-testable.
import type { EndpointSource, RegionSource } from './types';
import * as l10n from '@vscode/l10n';

export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_REGION = 'us-east-1';

const nonEmpty = (v: string | undefined): string | undefined => (v && v.trim() ? v.trim() : undefined);

/** Region: setting → the profile's `region` → AWS_REGION / AWS_DEFAULT_REGION → us-east-1. */
export function resolveRegion(input: { setting?: string; profileRegion?: string; env: Env }): { region: string; source: RegionSource } {
  const setting = nonEmpty(input.setting);
  if (setting) return { region: setting, source: 'setting' };
  const fromProfile = nonEmpty(input.profileRegion);
  if (fromProfile) return { region: fromProfile, source: 'profile' };
  const fromEnv = nonEmpty(input.env.AWS_REGION) ?? nonEmpty(input.env.AWS_DEFAULT_REGION);
  if (fromEnv) return { region: fromEnv, source: 'environment' };
  return { region: DEFAULT_REGION, source: 'default' };
}

/** Endpoint: setting → AWS_ENDPOINT_URL_CUSTOMER_PROFILES → AWS_ENDPOINT_URL → none (public AWS). */
export function resolveEndpoint(input: { setting?: string; env: Env }): { endpoint?: string; source?: EndpointSource } {
  const setting = nonEmpty(input.setting);
  if (setting) return { endpoint: setting, source: 'setting' };
  const fromEnv = nonEmpty(input.env.AWS_ENDPOINT_URL_CUSTOMER_PROFILES) ?? nonEmpty(input.env.AWS_ENDPOINT_URL);
  if (fromEnv) return { endpoint: fromEnv, source: 'environment' };
  return {};
}

/** The profile whose `region` applies: the named one, else the one the default chain would read. */
export function effectiveProfileName(profile: string | undefined, env: Env): string {
  return nonEmpty(profile) ?? nonEmpty(env.AWS_PROFILE) ?? 'default';
}

/** True for endpoints on this machine (the sandbox, LocalStack-style emulators). */
export function isLoopbackEndpoint(endpoint: string | undefined): boolean {
  if (!endpoint) return false;
  let host: string;
  try {
    host = new URL(endpoint).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Validation message for an endpoint typed by the user, or undefined when acceptable ('' = clear). */
export function validateEndpointInput(text: string): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return l10n.t('Enter a URL such as {0} or {1} (empty clears it).', 'http://127.0.0.1:4566', 'https://profile.us-east-1.amazonaws.com');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return l10n.t('The endpoint must start with {0} or {1}.', 'http://', 'https://');
  if (url.username || url.password) return l10n.t('Do not put credentials in the endpoint URL.');
  if (url.search || url.hash) return l10n.t('The endpoint cannot have a query string or fragment.');
  return undefined;
}

const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export function validateRegionInput(text: string): string | undefined {
  return REGION_PATTERN.test(text.trim()) ? undefined : l10n.t('A region looks like {0} or {1}.', 'us-east-1', 'eu-west-2');
}
