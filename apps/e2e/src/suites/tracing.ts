import { randomBytes, randomUUID } from 'node:crypto';
import { awaitsAcceptance } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { client, finalState, inssCustomer } from '../support/journey';
import type { ExportedSpan } from '../support/otlp-sink';
import { e2eStack } from '../support/stack';

const SERVER = 2;
const CONSUMER = 5;

/** The spans from `span` up to the trace's root, by parent id. */
function ancestry(span: ExportedSpan, spans: readonly ExportedSpan[]): ExportedSpan[] {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const chain = [span];
  for (let at = byId.get(span.parentSpanId ?? ''); at; at = byId.get(at.parentSpanId ?? '')) chain.push(at);
  return chain;
}

export function tracingSuite(): void {
  /**
   * R-X-3 / issue 10: W3C trace context crosses HTTP and Kafka, so a channel's POSTs and everything
   * they cause — analysis and the contract's issue from the proposal's; booking, the Dataprev call,
   * activation and its consumers from the customer's acceptance (R-LN-9), sent in the same caller's
   * trace — are one trace, exported over OTLP by every process.
   */
  describe('tracing: one trace from the channel POST to ContractActivated', () => {
    it('continues the caller\'s trace through every service and every hop, with no personal data on the spans', async () => {
      const c = client('corban');
      const customer = await inssCustomer(c);
      const traceId = randomBytes(16).toString('hex');
      const callerSpan = randomBytes(8).toString('hex');
      const body = { operationType: 'NEW', withInsurance: false, customerId: customer.id, product: 'INSS_CONSIGNADO', requestedAmount: '5000.00', termMonths: 48 };
      const traceparent = `00-${traceId}-${callerSpan}-01`;
      const res = await c.post(c.path('proposals'), body, { 'idempotency-key': randomUUID(), traceparent });
      expect(res.status).toBe(201);
      const id = String(res.body['id']);
      // The caller's journey goes on in its trace: it reads the contract issued and accepts it.
      const issued = await waitFor(async () => {
        const p = (await c.proposal(id)).body;
        return awaitsAcceptance(p) ? p : undefined;
      }, { timeoutMs: 60_000, intervalMs: 150, description: 'the contract issued' });
      const ccb = await c.ccb(issued['formalization']['contractId']);
      expect(ccb.sha256).toBe(issued['formalization']['documentHash']);
      expect((await c.accept(id, ccb.sha256, randomUUID(), { traceparent })).status).toBe(200);
      expect((await finalState(c, id))['state']).toBe('CONTRACTED');

      const activatedIn = (spans: ExportedSpan[]) => new Set(spans.filter((s) => s.name === 'ContractActivated process').map((s) => s.service));
      const spans = await waitFor(
        () => {
          const trace = e2eStack().traces.trace(traceId);
          return ['proposal', 'payment', 'notification'].every((s) => activatedIn(trace).has(s)) ? trace : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 250, description: 'ContractActivated consumed in the trace by proposal, payment and notification' },
      );

      const roots = spans.filter((s) => s.parentSpanId === callerSpan);
      const post = roots.find((s) => /proposals$/.test(s.name));
      const acceptance = roots.find((s) => /acceptance$/.test(s.name));
      expect(post).toMatchObject({ service: 'proposal', kind: SERVER, name: expect.stringMatching(/^POST \/v1\/.*proposals$/) });
      expect(acceptance).toMatchObject({ service: 'proposal', kind: SERVER, name: expect.stringMatching(/^POST \/v1\/.*proposals\/.*\/acceptance$/) });
      expect(roots).toHaveLength(2);
      // One tree per POST: every span hangs from one of the two, through its parents.
      expect(spans.filter((s) => !roots.some((r) => r.spanId === ancestry(s, spans).at(-1)?.spanId))).toEqual([]);
      expect(new Set(spans.map((s) => s.service))).toEqual(new Set(['proposal', 'credit-analysis', 'loan', 'averbation-connector', 'dataprev-mock', 'payment', 'notification']));

      const activation = spans.find((s) => s.service === 'notification' && s.name === 'ContractActivated process') as ExportedSpan;
      const hops = ancestry(activation, spans).filter((s) => s.kind === CONSUMER).map((s) => `${s.service}:${s.name.replace(' process', '')}`).reverse();
      expect(hops).toEqual(expect.arrayContaining(['loan:ProposalAccepted', 'loan:AverbationCompleted', 'notification:ContractActivated']));
      expect(ancestry(activation, spans).at(-1)?.spanId).toBe(acceptance?.spanId); // booked because the customer accepted
      expect(spans.some((s) => s.service === 'dataprev-mock' && s.kind === SERVER)).toBe(true); // the connector's call continued the trace

      const exported = JSON.stringify(spans);
      for (const personal of [customer.cpf, customer.benefitNumber]) expect(exported).not.toContain(personal);
    });
  });
}
