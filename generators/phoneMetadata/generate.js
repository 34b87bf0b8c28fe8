// Writes src/shared/normalize/phoneMetadata.json: libphonenumber-js's "min" metadata without the number FORMATS
// (how to print a number nationally/internationally: 50 of its 83 KB). We only parse numbers to E.164, which
// reads the calling codes, international and national prefixes and possible lengths, never the formats.
// test/unit/normalize/phoneMetadata.test.ts proves the trimmed metadata parses every example number of every
// country exactly as the full "min" metadata does, and that this file is up to date with the installed package.
// Run: npm run phone-metadata (after updating libphonenumber-js).
const fs = require('fs');
const path = require('path');

const FORMATS = 4; // index of the formats array in a country's "min" metadata tuple

function trimmedMetadata() {
  const source = require('libphonenumber-js/metadata.min.json');
  const countries = {};
  for (const [code, tuple] of Object.entries(source.countries)) {
    const copy = [...tuple];
    if (copy.length > FORMATS) copy[FORMATS] = undefined;
    // JSON has no undefined: trailing holes become null, which the library reads as "absent".
    countries[code] = copy.map((v) => (v === undefined ? null : v));
  }
  return { ...source, countries };
}

const out = path.join(__dirname, '..', '..', 'src', 'shared', 'normalize', 'phoneMetadata.json');
const text = `${JSON.stringify(trimmedMetadata())}\n`;
if (process.argv.includes('--check')) {
  const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (current !== text) { console.error(`${out} is stale: run npm run phone-metadata`); process.exit(1); }
} else {
  fs.writeFileSync(out, text);
  console.log(`wrote ${path.relative(process.cwd(), out)} (${text.length} bytes)`);
}
module.exports = { trimmedMetadata };
