// Flow control of the GetMatches stream: a webview that sent `ready` with paintAck gets init + the first page,
// and the rest only after its `firstPaint` (or a timeout, so a lost ack cannot stall loading).
import * as assert from 'assert';
import { MatchesController } from '../../../src/host/matches/controller';
import { FakeMatchesBackend } from '../../harness/webview/fakeMatchesBackend';
import { generateMatchData } from '../../harness/webview/generateMatches';
import { MemoryStore, RecordingUi } from './hostDoubles';

function setup(firstPaintTimeoutMs: number) {
  const backend = new FakeMatchesBackend(generateMatchData({ groups: 250, domain: 'demo' }));
  const ui = new RecordingUi();
  const controller = new MatchesController({ domain: 'demo', connectionId: 'c', connectionLabel: 'test', backend, ui, store: new MemoryStore(), firstPaintTimeoutMs });
  const pageTokens = () => backend.callsOf('getMatchesPage').map((c) => c.args[1]);
  const loaded = () => ui.ofType('groupsPage').map((p) => p.loaded);
  return { backend, ui, controller, pageTokens, loaded };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((r) => setImmediate(r));
  assert.ok(condition(), 'condition never became true');
}

describe('matches: first-paint flow control', () => {
  it('holds the pages after the first until the webview reports firstPaint', async () => {
    const { ui, controller, pageTokens, loaded } = setup(60_000);
    const loading = controller.receive({ type: 'ready', paintAck: true });
    await until(() => loaded().length === 1);
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    assert.deepStrictEqual(ui.posted.map((m) => m.type), ['init', 'groupsPage'], 'nothing more is posted before the paint');
    assert.deepStrictEqual(pageTokens(), [undefined, '100'], 'the second page is fetched meanwhile, not the third');
    await controller.receive({ type: 'firstPaint' });
    await loading;
    assert.deepStrictEqual(loaded(), [100, 200, 250]);
    assert.deepStrictEqual(pageTokens(), [undefined, '100', '200']);
  });

  it('goes on without the ack after the timeout', async () => {
    const { controller, loaded } = setup(20);
    await controller.receive({ type: 'ready', paintAck: true });
    assert.deepStrictEqual(loaded(), [100, 200, 250]);
  });

  it('a webview that did not ask for flow control is streamed to without waiting', async () => {
    const { controller, loaded } = setup(60_000);
    await controller.receive({ type: 'ready' });
    assert.deepStrictEqual(loaded(), [100, 200, 250]);
  });

  it('cancelling while waiting for the paint ends the load as cancelled', async () => {
    const { ui, controller, pageTokens, loaded } = setup(60_000);
    const loading = controller.receive({ type: 'ready', paintAck: true });
    await until(() => loaded().length === 1);
    await controller.receive({ type: 'cancelLoading', requestId: 1, domain: 'demo' });
    await loading;
    assert.deepStrictEqual(pageTokens(), [undefined, '100'], 'no page after the one in flight is requested');
    const last = ui.ofType('groupsPage').at(-1)!;
    assert.deepStrictEqual([last.loaded, last.done, last.cancelled], [100, true, true]);
  });

  it('each reload waits for its own first paint', async () => {
    const { controller, loaded } = setup(60_000);
    const first = controller.receive({ type: 'ready', paintAck: true });
    await until(() => loaded().length === 1);
    await controller.receive({ type: 'firstPaint' });
    await first;
    const reload = controller.receive({ type: 'reload', requestId: 2, domain: 'demo' });
    await until(() => loaded().length === 4);
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    assert.deepStrictEqual(loaded(), [100, 200, 250, 100]);
    await controller.receive({ type: 'firstPaint' });
    await reload;
    assert.deepStrictEqual(loaded(), [100, 200, 250, 100, 200, 250]);
  });
});
