// Demo upload jobs (one per status) and an AppFlow integration workflow with its steps.
import type { ObjectTypeState, UploadJobState, WorkflowState } from '../store/types';

export function demoUploadJobs(now: number, type: ObjectTypeState): UploadJobState[] {
  const base = (n: number, name: string, status: UploadJobState['Status'], ageDays: number): UploadJobState => ({
    JobId: `d0000000000000000000000000000${String(n).padStart(3, '0')}`.slice(-32),
    DisplayName: name,
    Status: status,
    CreatedAt: now - ageDays * 86400,
    Fields: structuredClone(type.Fields ?? {}),
    UniqueKey: 'Id',
    DataExpiry: 365,
  });
  return [
    { ...base(1, 'contacts-2024-q4.csv', 'SUCCEEDED', 30), CompletedAt: now - 30 * 86400 + 420, ResultsSummary: { CreatedRecords: 1204, UpdatedRecords: 311, FailedRecords: 0 } },
    { ...base(2, 'loyalty-members.csv', 'PARTIALLY_SUCCEEDED', 12), CompletedAt: now - 12 * 86400 + 900, ResultsSummary: { CreatedRecords: 402, UpdatedRecords: 58, FailedRecords: 17 } },
    { ...base(3, 'store-signups-bad-header.csv', 'FAILED', 5), StatusReason: 'VALIDATION_FAILURE', CompletedAt: now - 5 * 86400 + 30, ResultsSummary: { CreatedRecords: 0, UpdatedRecords: 0, FailedRecords: 250 } },
    { ...base(4, 'newsletter-import.csv', 'STOPPED', 2), CompletedAt: now - 2 * 86400 + 60 },
    { ...base(5, 'call-center-contacts.csv', 'IN_PROGRESS', 0.01) },
    { ...base(6, 'returns-desk.csv', 'CREATED', 0.002) },
  ];
}

export function demoWorkflow(now: number): WorkflowState {
  const started = now - 7 * 86400;
  const step = (i: number, status: string, records: number): WorkflowState['steps'][number] => ({
    FlowName: `demo-retail-salesforce-contact-${i}`,
    Status: status,
    ExecutionMessage: status === 'COMPLETE' ? 'Successfully ingested batch' : 'Ingesting batch',
    RecordsProcessed: records,
    BatchRecordsStartTime: new Date((started + i * 3600) * 1000).toISOString(),
    BatchRecordsEndTime: new Date((started + (i + 1) * 3600) * 1000).toISOString(),
    CreatedAt: started + i * 3600,
    LastUpdatedAt: started + i * 3600 + 600,
  });
  return {
    WorkflowId: '3f1d9c2e5b7a4c8e9d0f1a2b3c4d5e6f',
    WorkflowType: 'APPFLOW_INTEGRATION',
    Status: 'COMPLETE',
    StatusDescription: 'Historical Salesforce contacts ingested',
    CreatedAt: started,
    LastUpdatedAt: started + 4 * 3600,
    Attributes: { AppflowIntegration: { SourceConnectorType: 'Salesforce', ConnectorProfileName: 'demo-salesforce', RoleArn: 'arn:aws:iam::123456789012:role/demo-appflow' } },
    Metrics: { AppflowIntegration: { RecordsProcessed: 1815, StepsCompleted: 4, TotalSteps: 4 } },
    steps: [step(0, 'COMPLETE', 500), step(1, 'COMPLETE', 500), step(2, 'COMPLETE', 500), step(3, 'COMPLETE', 315)],
  };
}
