// Job status facts shared by presentation (icons) and auto-refresh (what counts as running).

/** Identity-resolution job statuses that will change by themselves. */
const RUNNING_IDENTITY_RESOLUTION = new Set(['PENDING', 'PREPROCESSING', 'FIND_MATCHING', 'MERGING']);
const RUNNING_UPLOAD = new Set(['IN_PROGRESS']);

export function isRunningIdentityResolutionStatus(status: string | undefined): boolean {
  return status !== undefined && RUNNING_IDENTITY_RESOLUTION.has(status);
}

export function isRunningUploadStatus(status: string | undefined): boolean {
  return status !== undefined && RUNNING_UPLOAD.has(status);
}

export interface StatusIcon {
  readonly id: string;
  /** ThemeColor id. */
  readonly color?: string;
}

/** Codicon for any job/workflow status string (identity resolution, upload, workflow). */
export function statusIcon(status: string | undefined): StatusIcon {
  switch (status) {
    case 'COMPLETED':
    case 'SUCCEEDED':
    case 'COMPLETE':
      return { id: 'pass', color: 'testing.iconPassed' };
    case 'PARTIAL_SUCCESS':
    case 'PARTIALLY_SUCCEEDED':
    case 'SPLIT':
      return { id: 'warning', color: 'list.warningForeground' };
    case 'FAILED':
      return { id: 'error', color: 'list.errorForeground' };
    case 'STOPPED':
    case 'CANCELLED':
      return { id: 'circle-slash' };
    case 'PENDING':
    case 'CREATED':
    case 'NOT_STARTED':
      return { id: 'clock' };
    case 'PREPROCESSING':
    case 'FIND_MATCHING':
    case 'MERGING':
    case 'IN_PROGRESS':
    case 'RETRY':
      return { id: 'sync~spin' };
    default:
      return { id: 'circle-outline' };
  }
}

/** Auto-refresh delay after `attempt` polls while something runs: 2 s, 4 s, 8 s … capped at 60 s. */
export function pollDelayMs(attempt: number, baseMs = 2_000, capMs = 60_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, Math.min(attempt, 16)));
}
