// Test entry loaded by the extension host (extensionTestsPath): runs every out/test/integration/**/*.test.js
// with mocha (bdd: describe/it) and ends with `N passed, N failed`. Rejecting makes the run exit non-zero.
import * as fs from 'fs';
import * as path from 'path';
import Mocha = require('mocha');
import SummaryReporter = require('../harness/summaryReporter');

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    // activation.test.js first: it checks the extension is not active before anything touches it.
    .sort((a, b) => Number(b === 'activation.test.js') - Number(a === 'activation.test.js') || a.localeCompare(b))
    .map((f) => path.join(dir, f));
}

export function run(): Promise<void> {
  // INTEGRATION_GREP narrows a run to matching tests while working on them (the full suite is the default).
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: SummaryReporter, grep: process.env.INTEGRATION_GREP });
  const files = testFiles(__dirname);
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      console.log('0 passed, 1 failed');
      reject(new Error(`no *.test.js files under ${__dirname}`));
      return;
    }
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    } catch (e) {
      reject(e);
    }
  });
}
