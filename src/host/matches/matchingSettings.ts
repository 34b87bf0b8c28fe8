// customerProfiles.matching.* as the matches webview needs them: read for each `init`, and pushed to an open
// panel when they change, so its difference highlighting follows the setting without a reload.
import vscode = require('vscode');
import { phoneRegionSetting, type MatchingSettingsMessage } from '../../shared/matches/protocol';

export const DEFAULT_PHONE_REGION_SETTING = 'customerProfiles.matching.defaultPhoneRegion';

/** The validated region (undefined = empty or invalid: the normalizers then use US). */
export function readDefaultPhoneRegion(): string | undefined {
  return phoneRegionSetting(vscode.workspace.getConfiguration().get<unknown>(DEFAULT_PHONE_REGION_SETTING));
}

/** Calls post with the new settings whenever one of them changes. */
export function watchMatchingSettings(post: (m: MatchingSettingsMessage) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(DEFAULT_PHONE_REGION_SETTING)) post({ type: 'matchingSettings', defaultPhoneRegion: readDefaultPhoneRegion() });
  });
}
