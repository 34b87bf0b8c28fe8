// Heavy modules live in their own bundles and load on first use, so activation does not pay for them.
// esbuild.js rewrites these two requires to the sibling bundles dist/aws.js and dist/sandbox.js;
// under tsc (tests) they resolve to the compiled sources. Use only these functions to reach them.
/* eslint-disable @typescript-eslint/no-require-imports */
export type AwsModule = typeof import('./aws/index');
export type SandboxModule = typeof import('./sandbox/index');

let aws: AwsModule | undefined;
let sandbox: SandboxModule | undefined;

export function loadAws(): AwsModule {
  return (aws ??= require('./aws/index') as AwsModule);
}

export function loadSandbox(): SandboxModule {
  return (sandbox ??= require('./sandbox/index') as SandboxModule);
}
