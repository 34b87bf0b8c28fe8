// The trimmed phone metadata (generators/phoneMetadata/generate.js drops the printing formats) must parse exactly
// like the library's own "min" metadata, and must be regenerated when libphonenumber-js is updated.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import minMetadata from 'libphonenumber-js/metadata.min.json';
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import examples from 'libphonenumber-js/examples.mobile.json';
import trimmed from '../../../src/shared/normalize/phoneMetadata.json';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const TRIMMED = trimmed as unknown as MetadataJson;

function reading(text: string, region: CountryCode, metadata: MetadataJson): string {
  const p = parsePhoneNumberFromString(text, region, metadata);
  return p ? `${p.number} ${p.country ?? '?'} ${p.isPossible()}` : 'not a number';
}

describe('phone metadata (trimmed)', () => {
  it('parses every country\'s example number, in every written form, as the full min metadata does', () => {
    let checked = 0;
    const differences: string[] = [];
    for (const [country, national] of Object.entries(examples as Record<string, string>)) {
      const region = country as CountryCode;
      const example = parsePhoneNumberFromString(national, region, maxMetadata);
      const forms = [national, `0${national}`, national.slice(1)];
      if (example) forms.push(example.formatNational(), example.formatInternational(), example.number);
      for (const defaultRegion of [region, 'US', 'GB'] as CountryCode[]) {
        for (const form of forms) {
          checked++;
          const full = reading(form, defaultRegion, minMetadata);
          const ours = reading(form, defaultRegion, TRIMMED);
          if (full !== ours) differences.push(`${form} (${defaultRegion}): ${full} vs ${ours}`);
        }
      }
    }
    assert.ok(checked > 3000, `only ${checked} forms checked`);
    assert.deepStrictEqual(differences, []);
  });

  it('is up to date with the installed libphonenumber-js', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'generators', 'phoneMetadata', 'generate.js'), '--check'], { stdio: 'pipe' });
  });

  it('is smaller than the library\'s min metadata (the reason it exists)', () => {
    assert.ok(JSON.stringify(trimmed).length < JSON.stringify(minMetadata).length * 0.5);
  });
});
