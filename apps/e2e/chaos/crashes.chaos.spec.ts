import { brokerControl } from '@consignado/testing';
import { submitMany } from '../bench/intake';
import { pause } from '../bench/stats';
import { type ChaosStack, launchChaosStack } from './chaos-stack';
import { crash, dataprevFailures, expectExactlyOnce, recovery, setDataprevFailureRate } from './faults';

const PROPOSALS = 60;

/**
 * Faults under load (R-REL-1): services crash while proposals flow through them and come back;
 * at the end every accepted proposal is final and every effect happened exactly once.
 */
describe('crashes under load', () => {
  let chaos: ChaosStack;

  beforeAll(async () => {
    chaos = await launchChaosStack();
  });

  afterAll(async () => {
    await brokerControl('start'); // never leave the shared broker down, whatever happened
    await chaos?.close();
  });

  it('loses nothing and applies nothing twice when every consuming service is SIGKILLed mid-stream and restarted', async () => {
    const intake = submitMany(chaos.channels, PROPOSALS, 8);
    // While the intake runs: the services that book, register and bill.
    await pause(2_000);
    const first = await crash(chaos, ['loan', 'averbation-connector', 'payment']);
    const { ids } = await intake;
    // With the flow still running: the intake itself, the analysis and the notices.
    const second = await crash(chaos, ['proposal', 'credit-analysis', 'notification']);
    const restarted = Date.now();

    await chaos.db.untilFinal(ids, 240_000, 500);
    console.log(`chaos: ${ids.length} proposals final ${((Date.now() - restarted) / 1000).toFixed(1)} s after the second crash's services were ready again`);
    console.log(`chaos: after each kill — ${await recovery(chaos, [...first, ...second])}`);
    await expectExactlyOnce(chaos, ids);
  });

  it('loses nothing and applies nothing twice when the broker is SIGKILLed mid-stream and restarted', async () => {
    const intake = submitMany(chaos.channels, PROPOSALS, 8);
    await pause(2_000);
    await brokerControl('kill');
    await pause(3_000);
    await brokerControl('start');
    const back = Date.now();
    const { ids } = await intake;
    await chaos.db.untilFinal(ids, 240_000, 500);
    console.log(`chaos: ${ids.length} proposals final ${((Date.now() - back) / 1000).toFixed(1)} s after the broker was ready again`);
    await expectExactlyOnce(chaos, ids);
  });

  it('loses nothing and applies nothing twice while Dataprev fails 30% of its calls', async () => {
    const failedBefore = await dataprevFailures(chaos);
    await setDataprevFailureRate(chaos, 0.3);
    try {
      const { ids } = await submitMany(chaos.channels, 40, 8);
      await chaos.db.untilFinal(ids, 240_000, 500);
      const failed = (await dataprevFailures(chaos)) - failedBefore;
      console.log(`chaos: ${ids.length} proposals final through ${failed} failed Dataprev calls`);
      expect(failed).toBeGreaterThan(5); // ≈ 0.3 × 80 calls: the faults happened
      await expectExactlyOnce(chaos, ids);
    } finally {
      await setDataprevFailureRate(chaos, 0);
    }
  });

  // Last: it leaves the first instances of five services dead.
  it('loses nothing and applies nothing twice when each consuming service runs twice and one of each pair dies mid-stream', async () => {
    const consuming = ['proposal', 'credit-analysis', 'loan', 'averbation-connector', 'payment', 'notification'] as const;
    const seconds = await Promise.all(consuming.map((s) => chaos.stack.addInstance(s)));
    const intake = submitMany(chaos.channels, PROPOSALS, 8);
    await pause(2_000);
    // proposal's first instance takes the intake: its second dies instead.
    await Promise.all([seconds[0].kill('SIGKILL'), ...consuming.slice(1).map((s) => chaos.stack.kill(s, 'SIGKILL'))]);
    const killed = Date.now();
    const { ids } = await intake;
    await chaos.db.untilFinal(ids, 240_000, 500);
    console.log(`chaos: ${ids.length} proposals final ${((Date.now() - killed) / 1000).toFixed(1)} s after one instance of each pair died`);
    await expectExactlyOnce(chaos, ids);
  });
});
