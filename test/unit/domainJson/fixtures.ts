// A GetDomain output as the SDK returns it (Dates, undefined members, read-only state included).
import type { GetDomainOutput } from '../../../src/host/domainJson/domainTypes';

export function remoteDomain(): GetDomainOutput {
  return {
    DomainName: 'demo-retail',
    CreatedAt: new Date('2024-01-02T03:04:05Z'),
    LastUpdatedAt: new Date('2024-02-03T04:05:06Z'),
    DefaultExpirationDays: 366,
    DefaultEncryptionKey: 'arn:aws:kms:us-east-1:123456789012:key/abc',
    DeadLetterQueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/dlq',
    Stats: { ProfileCount: 2000, MeteringProfileCount: 2000, ObjectCount: 10, TotalSize: 1234 },
    Matching: {
      Enabled: true,
      JobSchedule: { DayOfTheWeek: 'SATURDAY', Time: '0:00' },
      AutoMerging: {
        Enabled: true,
        Consolidation: { MatchingAttributesList: [['EmailAddress'], ['PhoneNumber', 'FirstName']] },
        ConflictResolution: { ConflictResolvingModel: 'RECENCY' },
        MinAllowedConfidenceScoreForMerging: 0.9,
      },
      ExportingConfig: undefined,
    },
    RuleBasedMatching: { Enabled: false, Status: 'PENDING', MaxAllowedRuleLevelForMatching: 3 },
    DataStore: { Enabled: true, Readiness: { ProgressPercentage: 100, Message: 'ready' } },
    Tags: { team: 'crm', env: 'dev' },
  };
}
