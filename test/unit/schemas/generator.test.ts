// The committed schemas are exactly what the generator produces from the model (nobody hand-edits them),
// and the generator's translation rules hold.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { BotocoreModel } from '../../../generators/schemas/botocoreModel';
import { generateSchemaFiles } from '../../../generators/schemas/generateFiles';
import { ShapeTranslator } from '../../../generators/schemas/shapeToSchema';
import { schemasDir } from '../../../generators/schemas/modelPath';
import { ROOT, loadModel } from './modelFixture';

describe('schema generator', () => {
  let model: BotocoreModel;
  before(function () {
    const loaded = loadModel();
    if (!loaded) this.skip();
    model = loaded;
  });

  it('regenerating from the model yields byte-identical committed files', () => {
    const files = generateSchemaFiles(model);
    assert.deepStrictEqual([...files.keys()].sort(), [
      'domain-create.schema.json', 'domain-update.schema.json', 'object-type.schema.json', 'operations.schema.json', 'profile-update.schema.json',
    ]);
    for (const [file, text] of files) {
      const committed = fs.readFileSync(path.join(schemasDir(ROOT), file), 'utf8');
      assert.ok(committed === text, `${file} differs from the generator's output: run \`npm run schemas\` (never edit it by hand)`);
    }
  });

  it('is deterministic across runs', () => {
    assert.deepStrictEqual(generateSchemaFiles(model), generateSchemaFiles(model));
  });

  it('translates each shape kind and constraint (table)', () => {
    const tiny: BotocoreModel = {
      metadata: { uid: 't', apiVersion: '1', serviceFullName: 'T' },
      operations: {},
      shapes: {
        Root: {
          type: 'structure',
          required: ['Label', 'S'],
          members: {
            Label: { shape: 'Str', location: 'uri', locationName: 'Label' },
            Q: { shape: 'Int', location: 'querystring', locationName: 'q' },
            S: { shape: 'Str', documentation: '<p>Use <code>x</code>, see <a href="https://e/x">X</a>.</p>' },
            N: { shape: 'Int' },
            D: { shape: 'Dbl' },
            T: { shape: 'Ts' },
            L: { shape: 'List' },
            M: { shape: 'Map' },
            A: { shape: 'Sub' },
            B: { shape: 'Sub' },
          },
        },
        Str: { type: 'string', min: 1, max: 5, pattern: '^[a-z]+$' },
        Zero: { type: 'string', min: 0, max: 9 },
        Enum: { type: 'string', enum: ['A', 'B'] },
        Int: { type: 'integer', min: 1, max: 100 },
        Dbl: { type: 'double', min: 0, max: 1 },
        Ts: { type: 'timestamp' },
        List: { type: 'list', member: { shape: 'Enum' }, min: 1, max: 3 },
        Map: { type: 'map', key: { shape: 'Str' }, value: { shape: 'Zero' }, min: 1, max: 2 },
        Sub: { type: 'structure', members: { E: { shape: 'Enum' } }, documentation: '<p>Sub doc</p>' },
      },
    };
    const t = new ShapeTranslator(tiny, { withDocs: true, omitLocations: true }, ['Root']);
    const root = t.root('Root');
    const p = root.properties!;
    const cases: Array<[string, unknown, unknown]> = [
      ['URI label omitted', p.Label, undefined],
      ['query member omitted', p.Q, undefined],
      ['required keeps body members only', root.required, ['S']],
      ['additionalProperties false', root.additionalProperties, false],
      ['string', { ...p.S, description: undefined, markdownDescription: undefined }, { type: 'string', minLength: 1, maxLength: 5, pattern: '^[a-z]+$', description: undefined, markdownDescription: undefined }],
      ['description is plain text', p.S.description, 'Use x, see X.'],
      ['markdownDescription keeps code and links', p.S.markdownDescription, 'Use `x`, see [X](https://e/x).'],
      ['integer range', p.N, { type: 'integer', minimum: 1, maximum: 100 }],
      ['double range', p.D, { type: 'number', minimum: 0, maximum: 1 }],
      ['timestamp as epoch-seconds number', p.T, { type: 'number' }],
      ['list', p.L, { type: 'array', items: { type: 'string', enum: ['A', 'B'] }, minItems: 1, maxItems: 3 }],
      ['map: propertyNames + additionalProperties, zero minLength dropped', p.M,
        { type: 'object', propertyNames: { type: 'string', minLength: 1, maxLength: 5, pattern: '^[a-z]+$' }, additionalProperties: { type: 'string', maxLength: 9 }, minProperties: 1, maxProperties: 2 }],
      ['repeated structure becomes a $ref', p.A, { $ref: '#/definitions/Sub' }],
      ['definition carries the shape docs', t.collectedDefinitions().Sub.description, 'Sub doc'],
    ];
    for (const [name, actual, expected] of cases) assert.deepStrictEqual(actual, expected, name);

    const withLocations = new ShapeTranslator(tiny, { withDocs: false, omitLocations: false }, ['Root']).root('Root');
    assert.deepStrictEqual(withLocations.required, ['Label', 'S'], 'operations keep URI labels as required members');
    assert.deepStrictEqual(withLocations.properties!.Q, { type: 'integer', minimum: 1, maximum: 100 }, 'query member under its member name, no docs');
  });
});
