// The subset of the botocore service-2.json format the schema generator reads.

export interface MemberRef {
  shape: string;
  documentation?: string;
  /** 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode': the member travels outside the JSON body. */
  location?: string;
  locationName?: string;
}

interface ShapeBase {
  documentation?: string;
  min?: number;
  max?: number;
  sensitive?: boolean;
  deprecated?: boolean;
}

export interface StructureShape extends ShapeBase {
  type: 'structure';
  members: Record<string, MemberRef>;
  required?: string[];
}

export interface ListShape extends ShapeBase {
  type: 'list';
  member: MemberRef;
}

export interface MapShape extends ShapeBase {
  type: 'map';
  key: MemberRef;
  value: MemberRef;
}

export interface ScalarShape extends ShapeBase {
  type: 'string' | 'integer' | 'long' | 'float' | 'double' | 'boolean' | 'timestamp' | 'blob';
  pattern?: string;
  enum?: string[];
}

export type Shape = StructureShape | ListShape | MapShape | ScalarShape;

export interface OperationModel {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: { shape: string };
  documentation?: string;
}

export interface BotocoreModel {
  metadata: { uid: string; apiVersion: string; serviceFullName: string };
  operations: Record<string, OperationModel>;
  shapes: Record<string, Shape>;
}

export function shapeOf(model: BotocoreModel, name: string): Shape {
  const shape = model.shapes[name];
  if (!shape) throw new Error(`Model has no shape '${name}'`);
  return shape;
}

export function inputShapeName(model: BotocoreModel, operation: string): string {
  const op = model.operations[operation];
  if (!op) throw new Error(`Model has no operation '${operation}'`);
  if (!op.input) throw new Error(`Operation '${operation}' has no input shape`);
  return op.input.shape;
}
