import * as assert from 'node:assert/strict';
import {
  effectiveProfileName,
  isLoopbackEndpoint,
  resolveEndpoint,
  resolveRegion,
  validateEndpointInput,
  validateRegionInput,
} from '../../../src/shared/connection/resolve';
import { connectionKey, statusBarText } from '../../../src/shared/connection/describe';

describe('connection/resolve', () => {
  describe('resolveRegion', () => {
    const cases: [string, Parameters<typeof resolveRegion>[0], string, string][] = [
      ['setting first', { setting: 'eu-west-2', profileRegion: 'us-west-2', env: { AWS_REGION: 'ap-southeast-1' } }, 'eu-west-2', 'setting'],
      ['blank setting is ignored', { setting: '  ', profileRegion: 'us-west-2', env: {} }, 'us-west-2', 'profile'],
      ['profile before env', { profileRegion: 'us-west-2', env: { AWS_REGION: 'ap-southeast-1' } }, 'us-west-2', 'profile'],
      ['AWS_REGION', { env: { AWS_REGION: 'ap-southeast-1', AWS_DEFAULT_REGION: 'ca-central-1' } }, 'ap-southeast-1', 'environment'],
      ['AWS_DEFAULT_REGION', { env: { AWS_DEFAULT_REGION: 'ca-central-1' } }, 'ca-central-1', 'environment'],
      ['fallback us-east-1', { env: {} }, 'us-east-1', 'default'],
    ];
    for (const [name, input, region, source] of cases) {
      it(name, () => assert.deepEqual(resolveRegion(input), { region, source }));
    }
  });

  describe('resolveEndpoint', () => {
    const cases: [string, Parameters<typeof resolveEndpoint>[0], string | undefined, string | undefined][] = [
      ['setting first', { setting: 'http://127.0.0.1:1', env: { AWS_ENDPOINT_URL_CUSTOMER_PROFILES: 'http://a', AWS_ENDPOINT_URL: 'http://b' } }, 'http://127.0.0.1:1', 'setting'],
      ['service-specific env', { env: { AWS_ENDPOINT_URL_CUSTOMER_PROFILES: 'http://a', AWS_ENDPOINT_URL: 'http://b' } }, 'http://a', 'environment'],
      ['global env', { setting: '', env: { AWS_ENDPOINT_URL: 'http://b' } }, 'http://b', 'environment'],
      ['none = AWS', { env: {} }, undefined, undefined],
    ];
    for (const [name, input, endpoint, source] of cases) {
      it(name, () => {
        const r = resolveEndpoint(input);
        assert.deepEqual([r.endpoint, r.source], [endpoint, source]);
      });
    }
  });

  it('effectiveProfileName: setting → AWS_PROFILE → default', () => {
    assert.equal(effectiveProfileName('dev', { AWS_PROFILE: 'x' }), 'dev');
    assert.equal(effectiveProfileName(undefined, { AWS_PROFILE: 'x' }), 'x');
    assert.equal(effectiveProfileName(undefined, {}), 'default');
  });

  describe('isLoopbackEndpoint', () => {
    const cases: [string | undefined, boolean][] = [
      ['http://127.0.0.1:4566', true],
      ['http://127.1.2.3', true],
      ['http://localhost:8080/', true],
      ['http://[::1]:4566', true],
      ['https://profile.us-east-1.amazonaws.com', false],
      ['http://127.0.0.1.nip.io', false],
      ['http://10.0.0.1', false],
      ['not a url', false],
      [undefined, false],
    ];
    for (const [endpoint, expected] of cases) it(`${endpoint} → ${expected}`, () => assert.equal(isLoopbackEndpoint(endpoint), expected));
  });

  describe('validateEndpointInput', () => {
    const cases: [string, boolean][] = [
      ['', true],
      ['http://127.0.0.1:4566', true],
      ['https://profile.eu-west-2.amazonaws.com', true],
      ['127.0.0.1:4566', false],
      ['ftp://host', false],
      ['http://user:pw@host', false],
      ['http://host/?q=1', false],
      ['nonsense', false],
    ];
    for (const [text, ok] of cases) it(`"${text}" ${ok ? 'accepted' : 'rejected'}`, () => assert.equal(validateEndpointInput(text) === undefined, ok));
  });

  it('validateRegionInput', () => {
    assert.equal(validateRegionInput('us-east-1'), undefined);
    assert.equal(validateRegionInput('us-gov-west-1'), undefined);
    assert.ok(validateRegionInput('useast1'));
    assert.ok(validateRegionInput(''));
  });

  describe('status bar text', () => {
    it('profile @ region with the resolved region', () => {
      assert.equal(
        statusBarText({ profile: 'dev' }, { profile: 'dev', region: 'eu-west-2', regionSource: 'profile', credentialSource: 'profile' }),
        '$(account) dev @ eu-west-2',
      );
    });
    it('default chain before resolution, with a custom endpoint host', () => {
      assert.equal(statusBarText({ endpoint: 'http://127.0.0.1:4566' }), '$(account) default @ … · 127.0.0.1:4566');
    });
    it('sandbox', () => assert.equal(statusBarText({ sandbox: true, endpoint: 'http://127.0.0.1:1' }), '$(beaker) sandbox'));
  });

  it('connectionKey differs for every field that changes the connection', () => {
    const keys = [{}, { profile: 'a' }, { region: 'eu-west-2' }, { endpoint: 'http://127.0.0.1:1' }, { sandbox: true, endpoint: 'http://127.0.0.1:1' }].map(connectionKey);
    assert.equal(new Set(keys).size, keys.length);
  });
});
