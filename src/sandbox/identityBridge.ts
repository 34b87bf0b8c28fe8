// The identity engineer's pure functions, reached through one file.
// TEMPORARY: generateDemoProfiles is a placeholder until src/sandbox/identity/demoData.ts lands.
import type { ProfileRecord } from '../core/profile';

export { findMatchGroups, type MatchGroup } from './identity/matcher';
export { planAutoMerges, previewAutoMerging, type AutoMergingConfig, type AutoMergePlan, type ProfileMeta } from './identity/autoMerge';
export { consolidationAttributeProblem } from './identity/consolidationAttributes';

export interface DemoProfile { profile: ProfileRecord; lastUpdatedAt: number; sourceObjectType?: string }

export function generateDemoProfiles(options: { seed: number; profiles: number; clusters: number }): DemoProfile[] {
  void options;
  return [];
}
