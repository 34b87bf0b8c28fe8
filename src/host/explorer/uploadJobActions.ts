// Which upload jobs can be started or stopped, from the API reference's statuses (GetUploadJob Status):
// CREATED = "created, but has not started processing yet" -> StartUploadJob; IN_PROGRESS = "ingesting and
// processing the profile data" -> StopUploadJob. Finished jobs (SUCCEEDED, PARTIALLY_SUCCEEDED, FAILED, STOPPED)
// offer neither. The tree's menus key on the contextValue this decides (package.json `viewItem =~ /^uploadJob/`). Pure.

export interface UploadJobAction {
  readonly operation: 'StartUploadJob' | 'StopUploadJob';
  /** True when the tree offers the action for a job in `status`. */
  offeredFor(status: string | undefined): boolean;
}

export const START_UPLOAD_JOB: UploadJobAction = { operation: 'StartUploadJob', offeredFor: (status) => status === 'CREATED' };
export const STOP_UPLOAD_JOB: UploadJobAction = { operation: 'StopUploadJob', offeredFor: (status) => status === 'IN_PROGRESS' };
export const UPLOAD_JOB_ACTIONS = { start: START_UPLOAD_JOB, stop: STOP_UPLOAD_JOB } as const;

/** 'uploadJob:startable', 'uploadJob:stoppable' or 'uploadJob' (menus: Start / Stop only where they apply). */
export function uploadJobContextValue(status: string | undefined): string {
  if (START_UPLOAD_JOB.offeredFor(status)) return 'uploadJob:startable';
  if (STOP_UPLOAD_JOB.offeredFor(status)) return 'uploadJob:stoppable';
  return 'uploadJob';
}
