// What the reviewer composed for the open group: shared by the group view (which owns it) and the composer
// (which renders it), in its own file so neither imports the other.
import type { FieldSourceProfileIds } from '../../src/shared/profile';

/** What the reviewer composed for the open group (reset when another group opens). */
export interface Composition {
  mainProfileId?: string;
  /** True once the reviewer picked the main profile themselves. */
  mainChosen: boolean;
  fieldSources: FieldSourceProfileIds;
}
