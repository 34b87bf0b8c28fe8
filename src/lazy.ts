// Heavy modules live in their own bundles and load on first use, so activation does not pay for them.
// esbuild.js rewrites these requires to the sibling bundles dist/aws.js, dist/sandbox.js, dist/domainJsonEditor.js,
// dist/matchesHost.js, dist/profilesHost.js, dist/connectionPickers.js, dist/uploadJobCommands.js, dist/explorerTooltips.js,
// dist/describeError.js;
// under tsc (tests) they resolve to the compiled sources. Use only these functions to reach them, and only from
// src/extension.ts, which hands what it loads to the features (they never load a bundle themselves).
/* eslint-disable @typescript-eslint/no-require-imports -- a require() here is what makes a bundle lazy */
export type AwsModule = typeof import('./aws/index');
export type SandboxModule = typeof import('./sandbox/index');
export type DomainJsonEditorModule = typeof import('./host/domainJson/editor');
export type MatchesHostModule = typeof import('./host/matches/host');
export type ProfilesHostModule = typeof import('./host/profiles/host');
export type TestApiModule = typeof import('./testApi');
export type UploadJobCommandsModule = typeof import('./host/explorer/uploadJobCommands');
let uploadJobCommands: UploadJobCommandsModule | undefined;
export type ConnectionPickersModule = typeof import('./host/connection/pickers');
export type TooltipTextModule = typeof import('./host/explorer/tooltipText');
let tooltipText: TooltipTextModule | undefined;
export type ErrorDescriptionsModule = typeof import('./shared/describeError');
let errorDescriptions: ErrorDescriptionsModule | undefined;

let aws: AwsModule | undefined;
let sandbox: SandboxModule | undefined;
let domainJsonEditor: DomainJsonEditorModule | undefined;
let matchesHost: MatchesHostModule | undefined;
let profilesHost: ProfilesHostModule | undefined;
let connectionPickers: ConnectionPickersModule | undefined;

export function loadAws(): AwsModule {
  return (aws ??= require('./aws/index') as AwsModule);
}

export function loadSandbox(): SandboxModule {
  return (sandbox ??= require('./sandbox/index') as SandboxModule);
}

/** The domain/object-type JSON editor with ajv and the generated schemas (dist/domainJsonEditor.js). */
export function loadDomainJsonEditor(): DomainJsonEditorModule {
  return (domainJsonEditor ??= require('./host/domainJson/editor') as DomainJsonEditorModule);
}

/** The matches review panel's host side: panel, controller, merge logic (dist/matchesHost.js). */
export function loadMatchesHost(): MatchesHostModule {
  return (matchesHost ??= require('./host/matches/host') as MatchesHostModule);
}

/** The profile view's and the mapping preview's host side (dist/profilesHost.js), loaded when one opens. */
export function loadProfilesHost(): ProfilesHostModule {
  return (profilesHost ??= require('./host/profiles/host') as ProfilesHostModule);
}

/** Start / Stop Upload Job from the tree (dist/uploadJobCommands.js), loaded on the first of them. */
export function loadUploadJobCommands(): UploadJobCommandsModule {
  return (uploadJobCommands ??= require('./host/explorer/uploadJobCommands') as UploadJobCommandsModule);
}

/** The domain and object-type tooltips (dist/explorerTooltips.js), loaded on the first hover of such a row. */
export function loadTooltipText(): TooltipTextModule {
  return (tooltipText ??= require('./host/explorer/tooltipText') as TooltipTextModule);
}

/**
 * What an API error means and what to do next (dist/describeError.js), loaded by the first error: the entry never
 * needs its texts on a good day. profilesHost.js requires the same file (esbuild.js sharedErrorTexts).
 */
export function loadErrorDescriptions(): ErrorDescriptionsModule {
  return (errorDescriptions ??= require('./shared/describeError') as ErrorDescriptionsModule);
}

/** The connection commands' pickers, input boxes and messages (dist/connectionPickers.js), loaded on first use. */
export function loadConnectionPickers(): ConnectionPickersModule {
  return (connectionPickers ??= require('./host/connection/pickers') as ConnectionPickersModule);
}

/**
 * The test-only API (dist/testApi.js). Loaded only when VS Code runs the extension's tests (ExtensionMode.Test),
 * and not packaged in the .vsix (.vscodeignore): an installed extension does not even carry the test hooks.
 */
export function loadTestApi(): TestApiModule {
  return require('./testApi') as TestApiModule;
}
