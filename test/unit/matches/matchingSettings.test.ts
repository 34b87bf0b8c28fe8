import * as assert from 'assert';
import { MatchesController } from '../../../src/host/matches/controller';
import { phoneRegionSetting } from '../../../src/shared/matches/protocol';
import { FakeMatchesBackend } from '../../harness/webview/fakeMatchesBackend';
import { generateMatchData } from '../../harness/webview/generateMatches';
import { MemoryStore, RecordingUi } from './hostDoubles';

describe('matches: the defaultPhoneRegion setting', () => {
  const table: Array<[unknown, string | undefined]> = [
    ['GB', 'GB'], [' de ', 'DE'], ['', undefined], ['GBR', undefined], ['G1', undefined], [42, undefined], [undefined, undefined],
  ];
  for (const [raw, region] of table) {
    it(`${JSON.stringify(raw)} -> ${String(region)}`, () => assert.strictEqual(phoneRegionSetting(raw), region));
  }

  for (const region of ['GB', undefined]) {
    it(`init carries it (${String(region)}), read at each init`, async () => {
      const ui = new RecordingUi();
      let current = region;
      const controller = new MatchesController({ domain: 'demo', connectionId: 'conn', connectionLabel: 's', backend: new FakeMatchesBackend(generateMatchData({ groups: 3, domain: 'demo' })),
        ui, store: new MemoryStore(), prefetchConcurrency: 0, defaultPhoneRegion: () => current });
      await controller.receive({ type: 'ready' });
      assert.strictEqual(ui.ofType('init')[0].defaultPhoneRegion, region);
      assert.strictEqual('defaultPhoneRegion' in ui.ofType('init')[0], region !== undefined);
      current = 'DE';
      await controller.receive({ type: 'ready' });
      assert.strictEqual(ui.ofType('init').at(-1)!.defaultPhoneRegion, 'DE');
      controller.dispose();
    });
  }
});
