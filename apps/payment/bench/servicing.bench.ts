/**
 * Servicing throughput of the payment service on the real stack (`npm run infra:up` first):
 * `npm run bench:servicing` (BENCH_CONTRACTS, default 2000, 48 installments each).
 *
 * Boots payment as the tests do (own schema and Kafka namespace), bills BENCH_CONTRACTS contracts
 * from real ContractActivated/AverbationCompleted events, then times what an operator runs:
 * the daily InstallmentDue job (first run emits one reminder per contract; a second run for the
 * same date must find nothing to do), a payroll remittance with one line per contract and its
 * replay, and sequential manual payments (latency per request, including the outbox write).
 * Calls carry real tokens of the local provider (`npm run infra:up` starts it): servicing-ops for
 * the clock, the job and the payments, payroll-source for the remittance.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { bearer, kafkaReachable, publishEvent, startTestService, testEndpoints, testIdentity, testKafka } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { PaymentConfig } from '../src/config';
import { exampleActivation } from '../test/fixtures/contracts';

const CONTRACTS = Number(process.env['BENCH_CONTRACTS'] ?? 2000);
const MANUAL_PAYMENTS = Number(process.env['BENCH_PAYMENTS'] ?? 300);

async function main(): Promise<void> {
  if (!(await kafkaReachable())) throw new Error(`no Kafka at ${testEndpoints().kafkaBrokers}: run npm run infra:up`);
  const service = await startTestService({ service: 'payment', config: PaymentConfig, module: (c) => AppModule.register(c), env: { INSTALLMENT_DUE_JOB_INTERVAL_MS: '0', LOG_LEVEL: 'error' } });
  const db = new Client({ connectionString: service.config.DATABASE_URL });
  await db.connect();
  const producer = testKafka().producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    const contracts = Array.from({ length: CONTRACTS }, () => ({ contractId: randomUUID(), customerId: randomUUID(), benefitNumber: `7${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}` }));
    const seeding = Date.now();
    for (const c of contracts) {
      // The example contract as finance schedules it (47 × 311.36 + 311.03): the billing checks the rows against the terms.
      const activation: PayloadOf<'ContractActivated'> = exampleActivation({ contractId: c.contractId, customerId: c.customerId });
      await publishEvent(producer, service.namespace, 'ContractActivated', activation);
      await publishEvent(producer, service.namespace, 'AverbationCompleted', { ...examplePayload('AverbationCompleted'), contractId: c.contractId, customerId: c.customerId, benefitNumber: c.benefitNumber, averbationId: randomUUID() });
    }
    const schema = service.config.DATABASE_SCHEMA;
    await until(async () => {
      const { rows } = await db.query(`SELECT (SELECT count(*) FROM "${schema}".billing WHERE status = 'ACTIVE')::int AS billed, (SELECT count(*) FROM "${schema}".payroll_deduction)::int AS deductions`);
      return rows[0].billed === CONTRACTS && rows[0].deductions === CONTRACTS;
    });
    const seeded = Date.now() - seeding;
    // A fresh schema has no planner statistics yet; a live database has them (autovacuum).
    await db.query(`ANALYZE "${schema}".billing, "${schema}".billing_installment, "${schema}".payroll_deduction`);
    line(`consumed ${CONTRACTS * 2} events (${CONTRACTS} contracts × 48 installments billed)`, seeded, CONTRACTS * 2, 'events');

    // Tokens taken after the seeding (which may outlast one) and before the timed calls.
    const [ops, payroll] = await Promise.all([testIdentity().clientToken('servicing-ops'), testIdentity().clientToken('payroll-source')]);
    const call = (method: string, path: string, body: unknown, token = ops) => callAs(service.baseUrl, token, method, path, body);

    await call('PUT', '/v1/admin/clock', { today: '2025-03-10' });
    const [first, firstMs] = await timed(() => call('POST', '/v1/admin/jobs/installment-due', { date: '2025-03-07' }));
    line(`InstallmentDue job, first run (${first['upcoming']} UPCOMING emitted)`, firstMs, Number(first['upcoming']), 'reminders');
    const [again, againMs] = await timed(() => call('POST', '/v1/admin/jobs/installment-due', { date: '2025-03-07' }));
    line(`InstallmentDue job, same date again (${again['upcoming']} emitted)`, againMs);

    const remittance = {
      remittanceId: `BENCH-${randomUUID().slice(0, 8)}`,
      referenceMonth: '2025-03',
      paymentDate: '2025-03-10',
      lines: contracts.map((c) => ({ benefitNumber: c.benefitNumber, contractId: c.contractId, installmentNumber: 1, amount: '311.36' })),
    };
    const [report, remitMs] = await timed(() => call('POST', '/v1/payroll-remittances', remittance, payroll));
    line(`payroll remittance of ${CONTRACTS} lines (${report['totals']?.['matched']} matched)`, remitMs, CONTRACTS, 'lines');
    const [, replayMs] = await timed(() => call('POST', '/v1/payroll-remittances', remittance, payroll));
    line('the same remittance again (stored report)', replayMs);

    await call('PUT', '/v1/admin/clock', { today: '2025-04-20' });
    const latencies: number[] = [];
    for (const c of contracts.slice(0, Math.min(MANUAL_PAYMENTS, CONTRACTS))) {
      // Installment 2 (due 2025-04-10) paid 10 days late: 311.36 + fine 6.23 + mora 1.03 = 318.62.
      const [, ms] = await timed(() => call('POST', '/v1/payments', { customerId: c.customerId, contractId: c.contractId, amount: '318.62', installments: [2], paymentDate: '2025-04-20' }));
      latencies.push(ms);
    }
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    console.log(`  manual payments, ${latencies.length} sequential (late, with charges): p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${latencies.at(-1)} ms`);
  } finally {
    await producer.disconnect();
    await db.end();
    // BENCH_KEEP_SCHEMA=1 leaves the data for EXPLAIN ANALYZE (the schema name is printed).
    if (process.env['BENCH_KEEP_SCHEMA'] === '1') {
      console.log(`  kept schema ${service.config.DATABASE_SCHEMA} in ${service.config.DATABASE_URL}`);
      await service.app.close();
    } else {
      await service.close();
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers read field by field
type Json = Record<string, any>;

async function callAs(baseUrl: string, token: string, method: string, path: string, body: unknown): Promise<Json> {
  const res = await fetch(`${baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...bearer(token) }, body: JSON.stringify(body) });
  const json = (await res.json()) as Json;
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - started)];
}

async function until(probe: () => Promise<boolean>, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('seeding did not finish');
    await new Promise((r) => setTimeout(r, 250));
  }
}

function line(what: string, ms: number, count?: number, unit?: string): void {
  const rate = count && ms > 0 ? `  (${Math.round((count * 1000) / ms)} ${unit}/s)` : '';
  console.log(`  ${what}: ${ms} ms${rate}`);
}

console.log(`payment servicing benchmark — ${CONTRACTS} contracts, Node ${process.version}`);
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
