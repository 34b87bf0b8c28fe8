// Command arguments: a tree node (DomainNode, FolderNode, ObjectTypeNode all carry domainName), a plain name
// for scripting, or nothing (then the user picks). Pure.

export function domainNameArg(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg) return arg;
  const name = (arg as { domainName?: unknown } | null | undefined)?.domainName;
  return typeof name === 'string' && name ? name : undefined;
}

export interface ObjectTypeArg {
  readonly domainName: string;
  readonly objectTypeName: string;
}

export function objectTypeArg(arg: unknown): ObjectTypeArg | undefined {
  const domainName = domainNameArg(arg);
  const objectTypeName = (arg as { objectTypeName?: unknown } | null | undefined)?.objectTypeName;
  return domainName && typeof objectTypeName === 'string' && objectTypeName ? { domainName, objectTypeName } : undefined;
}
