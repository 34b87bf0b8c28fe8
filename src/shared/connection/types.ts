// What the user asked to connect to (settings or the in-process sandbox) and what it resolved to.
// Plain data shared by the extension entry and the aws bundle.

export interface ConnectionSpec {
  /** Named AWS profile; undefined = the SDK's default credential chain. */
  readonly profile?: string;
  /** Region setting; undefined = from the profile, then the environment, then us-east-1. */
  readonly region?: string;
  /** Endpoint setting; undefined = from the environment, else the public AWS endpoint. */
  readonly endpoint?: string;
  /** Connected to the in-process sandbox: dummy credentials, the user's real ones are never read. */
  readonly sandbox?: boolean;
}

export type RegionSource = 'setting' | 'profile' | 'environment' | 'default';
export type EndpointSource = 'setting' | 'environment' | 'sandbox';
export type CredentialSource = 'profile' | 'defaultChain' | 'sandbox' | 'loopbackFallback';

export interface ResolvedConnection {
  readonly profile?: string;
  readonly region: string;
  readonly regionSource: RegionSource;
  readonly endpoint?: string;
  readonly endpointSource?: EndpointSource;
  readonly credentialSource: CredentialSource;
}
