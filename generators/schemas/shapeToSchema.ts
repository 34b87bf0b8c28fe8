// The one botocore-shape -> JSON Schema translator. Document schemas (with docs, body members only) and the
// sandbox's operations schema (no docs, every member) are both produced here, so they cannot disagree.
import { BotocoreModel, MemberRef, Shape, StructureShape, shapeOf } from './botocoreModel';
import { htmlToMarkdown, htmlToText } from './htmlDocs';
import { JsonSchema } from './jsonSchema';

export interface TranslateOptions {
  /** Emit `description` (plain text) and `markdownDescription` (hover markdown) from the model's docs. */
  withDocs: boolean;
  /**
   * Leave out members that travel outside the JSON body (URI labels like DomainName, query members):
   * they are not part of an editable document. Read-only members (CreatedAt, Stats, statuses…) need no
   * option: they only exist in response shapes, and the schemas are built from request shapes.
   */
  omitLocations: boolean;
}

/** Translates request shapes; structures used more than once (or recursively) become `definitions`. */
export class ShapeTranslator {
  private readonly definitions = new Map<string, JsonSchema>();
  private readonly shared: ReadonlySet<string>;

  constructor(
    private readonly model: BotocoreModel,
    private readonly options: TranslateOptions,
    roots: readonly string[],
  ) {
    this.shared = this.sharedStructures(roots);
  }

  /** Schema of a root structure, always inline (it is the document / the operation input). */
  root(shapeName: string): JsonSchema {
    return this.structure(this.structureShape(shapeName));
  }

  /** The `definitions` collected so far, sorted by name for stable output. */
  collectedDefinitions(): Record<string, JsonSchema> {
    const out: Record<string, JsonSchema> = {};
    for (const name of [...this.definitions.keys()].sort()) out[name] = this.definitions.get(name)!;
    return out;
  }

  private structureShape(name: string): StructureShape {
    const shape = shapeOf(this.model, name);
    if (shape.type !== 'structure') throw new Error(`Shape '${name}' is a ${shape.type}, not a structure`);
    return shape;
  }

  private isBodyMember(ref: MemberRef): boolean {
    return !this.options.omitLocations || ref.location === undefined;
  }

  /** Structures reached more than once from the roots (counting every member edge), or on a cycle. */
  private sharedStructures(roots: readonly string[]): Set<string> {
    const counts = new Map<string, number>();
    const shared = new Set<string>();
    const visit = (name: string, stack: string[]): void => {
      const shape = shapeOf(this.model, name);
      if (shape.type === 'structure') {
        if (stack.includes(name)) {
          shared.add(name);
          return;
        }
        counts.set(name, (counts.get(name) ?? 0) + 1);
        if (counts.get(name)! > 1) {
          shared.add(name);
          return; // its members were already counted on the first visit
        }
      }
      const next = [...stack, name];
      for (const child of this.children(shape)) visit(child, next);
    };
    for (const root of roots) for (const child of this.children(this.structureShape(root))) visit(child, [root]);
    return shared;
  }

  private children(shape: Shape): string[] {
    switch (shape.type) {
      case 'structure':
        return Object.values(shape.members).filter((m) => this.isBodyMember(m)).map((m) => m.shape);
      case 'list':
        return [shape.member.shape];
      case 'map':
        return [shape.key.shape, shape.value.shape];
      default:
        return [];
    }
  }

  private docs(html: string | undefined): JsonSchema {
    if (!this.options.withDocs || !html) return {};
    const description = htmlToText(html);
    return description ? { description, markdownDescription: htmlToMarkdown(html) } : {};
  }

  /** A member's schema: the member's own docs win over the target shape's docs. */
  private member(ref: MemberRef): JsonSchema {
    const target = shapeOf(this.model, ref.shape);
    if (target.type === 'structure' && this.shared.has(ref.shape)) {
      if (!this.definitions.has(ref.shape)) {
        this.definitions.set(ref.shape, {}); // reserve first: recursive shapes terminate
        this.definitions.set(ref.shape, { ...this.docs(target.documentation), ...this.structure(target) });
      }
      // draft-07 treats $ref siblings as annotations only; VS Code shows them in hovers, ajv ignores them.
      return { $ref: `#/definitions/${ref.shape}`, ...this.docs(ref.documentation) };
    }
    return { ...this.docs(ref.documentation ?? target.documentation), ...this.shape(target) };
  }

  private shape(shape: Shape): JsonSchema {
    switch (shape.type) {
      case 'structure':
        return this.structure(shape);
      case 'list':
        return {
          type: 'array',
          items: this.member(shape.member),
          ...positive('minItems', shape.min),
          ...defined('maxItems', shape.max),
        };
      case 'map':
        return {
          type: 'object',
          propertyNames: this.shape(shapeOf(this.model, shape.key.shape)),
          additionalProperties: this.member(shape.value),
          ...positive('minProperties', shape.min),
          ...defined('maxProperties', shape.max),
        };
      case 'string':
      case 'blob':
        return {
          type: 'string',
          ...(shape.enum ? { enum: [...shape.enum] } : {}),
          ...positive('minLength', shape.min),
          ...defined('maxLength', shape.max),
          ...(shape.pattern !== undefined ? { pattern: shape.pattern } : {}),
        };
      case 'integer':
      case 'long':
        return { type: 'integer', ...defined('minimum', shape.min), ...defined('maximum', shape.max) };
      case 'float':
      case 'double':
        return { type: 'number', ...defined('minimum', shape.min), ...defined('maximum', shape.max) };
      case 'timestamp':
        return { type: 'number' }; // epoch seconds on the rest-json wire (SHAPES.md, wire behaviour)
      case 'boolean':
        return { type: 'boolean' };
    }
  }

  private structure(shape: StructureShape): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    for (const [name, ref] of Object.entries(shape.members)) {
      if (this.isBodyMember(ref)) properties[name] = this.member(ref);
    }
    const required = (shape.required ?? []).filter((name) => name in properties);
    return {
      type: 'object',
      ...(required.length ? { required } : {}),
      properties,
      additionalProperties: false,
    };
  }
}

function defined<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

/** Lower bounds of 0 on lengths/counts say nothing; leave them out to keep the files short. */
function positive<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined || value <= 0 ? {} : ({ [key]: value } as Record<K, number>);
}
