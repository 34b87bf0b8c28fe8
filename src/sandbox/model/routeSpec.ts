// One row of the route table derived from the service model (see generators/routes/generate-routes.js).
export type QueryType = 'string' | 'integer' | 'boolean' | 'list';

export interface RouteSpec {
  /** Operation name, e.g. 'GetMatches'. */
  op: string;
  method: string;
  /** The model's URI template, e.g. '/domains/{DomainName}/matches'. */
  uri: string;
  /** Success status code. */
  status: number;
  /** Query wire name -> [member name, shape type]. */
  query?: Readonly<Record<string, readonly [string, QueryType]>>;
}
