// The committed route table is derived from the model and routes every operation to itself.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROUTES } from '../../../src/sandbox/model/routes.generated';
import { findRoute } from '../../../src/sandbox/router';

const generator = require(path.resolve(__dirname, '../../../../generators/routes/generate-routes.js')) as {
  generateRoutesSource(model: unknown): string; DEFAULT_MODEL: string;
};

describe('sandbox: route table', () => {
  it('matches the model (regenerate with npm run sandbox:gen-routes)', function () {
    if (!fs.existsSync(generator.DEFAULT_MODEL)) {
      console.log(`skipped: model not found at ${generator.DEFAULT_MODEL}`);
      this.skip();
    }
    const model = JSON.parse(fs.readFileSync(generator.DEFAULT_MODEL, 'utf8')) as unknown;
    const committed = fs.readFileSync(path.resolve(__dirname, '../../../../src/sandbox/model/routes.generated.ts'), 'utf8');
    assert.strictEqual(committed, generator.generateRoutesSource(model));
    assert.strictEqual(ROUTES.length, 106);
  });

  it('every operation URI, with sample labels, routes back to that operation', () => {
    for (const r of ROUTES) {
      const sample = r.uri.replace(/\{(\w+)\}/g, (_m, label: string) => encodeURIComponent(label === 'resourceArn' ? 'arn:aws:profile:us-east-1:1:domains/x' : `v-${label}`));
      const hit = findRoute(r.method, sample);
      assert.strictEqual(hit?.spec.op, r.op, `${r.method} ${sample}`);
    }
    assert.deepStrictEqual(findRoute('GET', '/domains/a%2Fb%20c')?.labels, { DomainName: 'a/b c' });
    assert.strictEqual(findRoute('GET', '/nothing/here'), undefined);
  });
});
