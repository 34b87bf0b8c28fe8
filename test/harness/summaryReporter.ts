// Mocha's 'spec' reporter plus a closing `N passed, N failed` line, so every test entry (unit, integration,
// e2e) ends the same way and CI can read the counts. Use: mocha --reporter out/test/harness/summaryReporter.js
import * as Mocha from 'mocha';

function summaryLine(stats: Pick<Mocha.Stats, 'passes' | 'failures'> | undefined): string {
  return `${stats?.passes ?? 0} passed, ${stats?.failures ?? 0} failed`;
}

class SummaryReporter extends Mocha.reporters.Spec {
  static readonly summaryLine = summaryLine;

  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    // Registered after Spec's own epilogue listener, so this is the last line the run prints.
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => console.log(summaryLine(runner.stats)));
  }
}

export = SummaryReporter;
