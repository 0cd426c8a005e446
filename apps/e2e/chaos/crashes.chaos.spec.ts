import { IsoDate } from '@consignado/finance';
import type { StackServiceName } from '@consignado/stack-runner';
import { brokerControl } from '@consignado/testing';
import { submitMany } from '../bench/intake';
import { pause } from '../bench/stats';
import { type ChaosStack, launchChaosStack } from './chaos-stack';
import { crashedAfterCommit, duplicatesConsumed } from './commit-crash';
import { crash, dataprevFailures, expectExactlyOnce, recovery, setDataprevFailureRate, slowDataprev } from './faults';
import { connectorTimeouts, registerCallsApplied, setDataprevStraddlingTimeout } from './late-answers';
import { expectPaidOnce, firstInstallments, payTwiceEach } from './payments';
import { acceptTwiceEach, expectRenegotiatedOnce, longerTermOffers } from './renegotiations';
import { restartServer } from './servers';

const PROPOSALS = 30;
const CONSUMING: StackServiceName[] = ['proposal', 'credit-analysis', 'loan', 'averbation-connector', 'payment', 'notification'];
const since = (t: number) => ((Date.now() - t) / 1000).toFixed(1);

/** A promise resolved once `n` proposals were accepted, and the intake callback that resolves it. */
function whenAccepted(n: number): { reached: Promise<void>; onAccepted: (accepted: number) => void } {
  let onAccepted: (accepted: number) => void = () => undefined;
  const reached = new Promise<void>((resolve) => {
    onAccepted = (accepted) => {
      if (accepted === n) resolve();
    };
  });
  return { reached, onAccepted };
}

/**
 * Faults under load (R-REL-1): services crash, the machine's servers restart and Dataprev goes away
 * while proposals flow through them, and everything comes back;
 * at the end every accepted proposal is final and every effect happened exactly once.
 */
describe('crashes under load', () => {
  let chaos: ChaosStack;

  beforeAll(async () => {
    chaos = await launchChaosStack();
  });

  afterAll(async () => {
    await brokerControl('start'); // never leave the shared broker down, whatever happened
    if (chaos) await setDataprevFailureRate(chaos, 0).catch(() => undefined);
    await chaos?.close();
  });

  it('loses nothing and applies nothing twice when every consuming service is SIGKILLed mid-stream and restarted', async () => {
    const intake = submitMany(chaos, PROPOSALS, 8);
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
    const intake = submitMany(chaos, PROPOSALS, 8);
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
      const { ids } = await submitMany(chaos, 24, 8);
      await chaos.db.untilFinal(ids, 240_000, 500);
      const failed = (await dataprevFailures(chaos)) - failedBefore;
      console.log(`chaos: ${ids.length} proposals final through ${failed} failed Dataprev calls`);
      expect(failed).toBeGreaterThan(3); // ≈ 0.3 × 48 calls: the faults happened
      await expectExactlyOnce(chaos, ids);
    } finally {
      await setDataprevFailureRate(chaos, 0);
    }
  });

  it('loses nothing and applies nothing twice when each consuming service dies between its commit and its offset commit', async () => {
    const { crashes, ids, refused } = await crashedAfterCommit(chaos, CONSUMING, 4, () => submitMany(chaos, 24, 6, { allowRefusals: true }));
    const restarted = Date.now();
    await chaos.db.untilFinal(ids, 240_000, 500);
    console.log(`chaos: ${ids.length} proposals final ${since(restarted)} s after the last restart (${refused} submissions refused while proposal was down)`);
    console.log(`chaos: after each crash past a commit — ${await recovery(chaos, crashes)}`);
    expect(crashes.map((c) => `${c.service}: ${c.how}`)).toEqual(CONSUMING.map((s) => `${s}: SIGKILL`));
    await expectExactlyOnce(chaos, ids);
    // The event whose offset the crash left uncommitted came back, and its inbox row stopped it.
    const duplicates = await Promise.all(CONSUMING.map((s) => duplicatesConsumed(chaos, s)));
    console.log(`chaos: events redelivered after the crash and skipped as duplicates — ${CONSUMING.map((s, i) => `${s} ${duplicates[i]}`).join(', ')}`);
    expect(CONSUMING.filter((_, i) => duplicates[i] === 0)).toEqual([]);
  });

  // A third of the way into the intake. PostgreSQL's requests fail while it recovers (counted); Redis' clients queue theirs until it is back.
  it.each(['postgres', 'redis'] as const)('loses nothing and applies nothing twice when %s is restarted mid-stream', async (server) => {
    const third = whenAccepted(8);
    const intake = submitMany(chaos, 24, 6, { allowRefusals: server === 'postgres', onAccepted: third.onAccepted });
    await third.reached;
    const restart = await restartServer(server);
    const back = Date.now();
    const { ids, refused } = await intake;
    await chaos.db.untilFinal(ids, 240_000, 500);
    console.log(`chaos: ${server} away ${(restart.ms / 1000).toFixed(1)} s, ${refused} of 24 submissions refused meanwhile; ${ids.length} proposals final ${since(back)} s after it answered again`);
    await expectExactlyOnce(chaos, ids);
  });

  it('loses nothing and applies nothing twice when Dataprev fails every call for 60 s', async () => {
    const failedBefore = await dataprevFailures(chaos);
    // Without it the whole load could be CONTRACTED before the outage begins (it was, once).
    await slowDataprev(chaos);
    const intake = submitMany(chaos, 16, 4);
    await pause(1_500); // the first proposals reach their averbation, the last their margin check
    await setDataprevFailureRate(chaos, 1);
    await pause(60_000);
    await setDataprevFailureRate(chaos, 0);
    const back = Date.now();
    const { ids } = await intake;
    const failed = (await dataprevFailures(chaos)) - failedBefore;
    await chaos.db.untilFinal(ids, 240_000, 500);
    console.log(`chaos: ${ids.length} proposals final ${since(back)} s after a 60 s Dataprev outage (${failed} calls failed)`);
    expect(failed).toBeGreaterThan(ids.length); // every waiting proposal's calls failed, again and again
    await expectExactlyOnce(chaos, ids);
  });

  it('applies every payment once when payment, loan and notification are SIGKILLed while payments are posted and retried', async () => {
    const { ids } = await submitMany(chaos, 10, 4);
    await chaos.db.untilFinal(ids, 240_000, 500);
    const due = await firstInstallments(chaos, ids);
    const day = due[0].dueDate; // contracts of one day share their first due date; a run across midnight pays the first day's
    const items = due.filter((i) => i.dueDate === day);
    const servicing = chaos.identity.servicing(chaos.stack.urls);
    await servicing.setBusinessDate(day);
    try {
      const paying = payTwiceEach(servicing, items);
      await pause(300); // some answered, some in flight, some not sent yet
      const crashes = await crash(chaos, ['payment', 'loan', 'notification']);
      const statuses = await paying;
      console.log(`chaos: ${items.length} installments paid by ${statuses.length} requests through a crash of payment, loan and notification — ${await recovery(chaos, crashes)}`);
      expect(statuses.filter((status) => status !== 201 && status !== 200)).toEqual([]);
      await expectPaidOnce(chaos, items);
    } finally {
      await servicing.setBusinessDate(null);
    }
  });

  it('renegotiates each late contract once when payment, loan, the connector and notification are SIGKILLed while workouts are accepted and retried', async () => {
    const { ids } = await submitMany(chaos, 8, 4);
    await chaos.db.untilFinal(ids, 240_000, 500);
    const due = await firstInstallments(chaos, ids);
    const day = due[0].dueDate;
    const items = due.filter((i) => i.dueDate === day);
    const late = IsoDate.of(day).plusDays(15).toString(); // the first installment unpaid, 15 days late
    const servicing = chaos.identity.servicing(chaos.stack.urls);
    await servicing.setBusinessDate(late);
    try {
      const workouts = await longerTermOffers(servicing, items, late);
      const accepting = acceptTwiceEach(servicing, workouts);
      await pause(300); // some answered, some in flight, some not sent yet
      const crashes = await crash(chaos, ['payment', 'loan', 'averbation-connector', 'notification']);
      const statuses = await accepting;
      console.log(`chaos: ${items.length} late contracts renegotiated by ${statuses.length} requests through a crash of payment, loan, the connector and notification — ${await recovery(chaos, crashes)}`);
      expect(statuses.filter((status) => status !== 201 && status !== 200)).toEqual([]);
      await expectRenegotiatedOnce(chaos, items);
    } finally {
      await servicing.setBusinessDate(null);
    }
  });

  it('registers each contract at Dataprev once when calls time out after reaching it', async () => {
    const [timedOutBefore, appliedBefore] = [await connectorTimeouts(chaos, 'REGISTER'), await registerCallsApplied(chaos)];
    await setDataprevStraddlingTimeout(chaos, true);
    try {
      const { ids } = await submitMany(chaos, 12, 4);
      await chaos.db.untilFinal(ids, 240_000, 500);
      const timedOut = (await connectorTimeouts(chaos, 'REGISTER')) - timedOutBefore;
      const applied = (await registerCallsApplied(chaos)) - appliedBefore;
      console.log(`chaos: ${ids.length} proposals final; ${timedOut} registrations timed out at the connector, ${applied} reached Dataprev's handler`);
      expect(timedOut).toBeGreaterThan(0); // the connector gave up on calls…
      expect(applied).toBeGreaterThan(ids.length); // …that Dataprev had received: some contracts were sent twice or more
      await expectExactlyOnce(chaos, ids); // and each is registered once (Dataprev is idempotent by contract id)
    } finally {
      await setDataprevStraddlingTimeout(chaos, false);
    }
  });

  // Last: it leaves the first instances of five services dead.
  it('loses nothing and applies nothing twice when each consuming service runs twice and one of each pair dies mid-stream', async () => {
    const seconds = await Promise.all(CONSUMING.map((s) => chaos.stack.addInstance(s)));
    // loan's first instance dies below: the customers read their CCBs from its second, as a balancer would send them.
    const loan = { ...chaos.stack.urls, loan: seconds[CONSUMING.indexOf('loan')].url };
    const intake = submitMany({ channels: [chaos.identity.channel(loan, 'corban'), chaos.identity.channel(loan, 'internal')], acceptor: chaos.acceptor }, PROPOSALS, 8);
    await pause(2_000);
    // proposal's first instance takes the intake: its second dies instead.
    await Promise.all([seconds[0].kill('SIGKILL'), ...CONSUMING.slice(1).map((s) => chaos.stack.kill(s, 'SIGKILL'))]);
    const killed = Date.now();
    const { ids } = await intake;
    await chaos.db.untilFinal(ids, 240_000, 500);
    console.log(`chaos: ${ids.length} proposals final ${((Date.now() - killed) / 1000).toFixed(1)} s after one instance of each pair died`);
    await expectExactlyOnce(chaos, ids);
  });
});
