import { randomBytes, randomUUID } from 'node:crypto';
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
   * R-X-3 / issue 10: W3C trace context crosses HTTP and Kafka, so a channel's POST and everything
   * it causes — analysis, booking, the Dataprev call, activation and its consumers — is one trace,
   * exported over OTLP by every process.
   */
  describe('tracing: one trace from the channel POST to ContractActivated', () => {
    it('continues the caller\'s trace through every service and every hop, with no personal data on the spans', async () => {
      const c = client('corban');
      const customer = await inssCustomer(c);
      const traceId = randomBytes(16).toString('hex');
      const callerSpan = randomBytes(8).toString('hex');
      const body = { operationType: 'NEW', withInsurance: false, customerId: customer.id, product: 'INSS_CONSIGNADO', requestedAmount: '5000.00', termMonths: 48 };
      const res = await c.post(c.path('proposals'), body, { 'idempotency-key': randomUUID(), traceparent: `00-${traceId}-${callerSpan}-01` });
      expect(res.status).toBe(201);
      expect((await finalState(c, String(res.body['id'])))['state']).toBe('CONTRACTED');

      const activatedIn = (spans: ExportedSpan[]) => new Set(spans.filter((s) => s.name === 'ContractActivated process').map((s) => s.service));
      const spans = await waitFor(
        () => {
          const trace = e2eStack().traces.trace(traceId);
          return ['proposal', 'payment', 'notification'].every((s) => activatedIn(trace).has(s)) ? trace : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 250, description: 'ContractActivated consumed in the trace by proposal, payment and notification' },
      );

      const [post] = spans.filter((s) => s.parentSpanId === callerSpan);
      expect(post).toMatchObject({ service: 'proposal', kind: SERVER, name: expect.stringMatching(/^POST \/v1\/.*proposals$/) });
      // One tree: every span hangs from the POST, through its parents.
      expect(spans.filter((s) => ancestry(s, spans).at(-1)?.spanId !== post.spanId)).toEqual([]);
      expect(new Set(spans.map((s) => s.service))).toEqual(new Set(['proposal', 'credit-analysis', 'loan', 'averbation-connector', 'dataprev-mock', 'payment', 'notification']));

      const activation = spans.find((s) => s.service === 'notification' && s.name === 'ContractActivated process') as ExportedSpan;
      const hops = ancestry(activation, spans).filter((s) => s.kind === CONSUMER).map((s) => `${s.service}:${s.name.replace(' process', '')}`).reverse();
      expect(hops).toEqual(expect.arrayContaining(['loan:AverbationCompleted', 'notification:ContractActivated']));
      expect(spans.some((s) => s.service === 'dataprev-mock' && s.kind === SERVER)).toBe(true); // the connector's call continued the trace

      const exported = JSON.stringify(spans);
      for (const personal of [customer.cpf, customer.benefitNumber]) expect(exported).not.toContain(personal);
    });
  });
}
