// Test Mapping with Sample… and Ingest Sample (owner: the mapping-test work). Registers TEST_MAPPING_COMMAND and
// the preview's serializer; the preview itself (sample pick, panel, controller) lives in the lazily loaded
// profilesHost bundle, and so do the palette's domain and object-type pickers. Here: argument parsing only.
import vscode = require('vscode');
import { isDomainName } from '../../../shared/matches/ids';
import { MAPPING_VIEW_TYPE, type MappingTarget } from '../../../shared/objectTypes/protocol';
import { TEST_MAPPING_COMMAND } from '../commandIds';
import type { ProfilesDeps } from '../deps';
import type { ProfilesHost } from '../hostModule';
import { mappingHooks } from './hooks';

const isObjectTypeName = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 255;

/** An object-type tree node (contextValue `objectType`) or a plain { domainName, objectTypeName }; else undefined. */
export function mappingTargetFromArgument(arg: unknown): MappingTarget | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const { domainName, objectTypeName } = arg as { domainName?: unknown; objectTypeName?: unknown };
  return isDomainName(domainName) && isObjectTypeName(objectTypeName) ? { domainName, objectTypeName } : undefined;
}

export function registerMapping(deps: ProfilesDeps, host: ProfilesHost): vscode.Disposable[] {
  mappingHooks.restore = (panel, state) => host().restoreMappingPreview(deps, mappingHooks, panel, state);
  return [
    deps.run(TEST_MAPPING_COMMAND, async (arg?: unknown) => {
      const target = mappingTargetFromArgument(arg) ?? (await host().pickMappingTarget(deps));
      if (target) await host().openMappingPreview(deps, mappingHooks, target);
    }),
    vscode.window.registerWebviewPanelSerializer(MAPPING_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => mappingHooks.restore!(panel, state),
    }),
  ];
}
