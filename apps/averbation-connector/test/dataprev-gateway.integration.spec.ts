import { randomUUID } from 'node:crypto';
import { Registry } from 'prom-client';
import { loadConfig } from '@consignado/config';
import { Money } from '@consignado/finance';
import type { TestService } from '@consignado/testing';
import { type DataprevMockConfig, startDataprevMock } from './dataprev-support';
import { AverbationConnectorConfig } from '../src/config';
import type { RegistrationOrder } from '../src/modules/dataprev/dataprev.types';
import { HttpDataprevGateway } from '../src/modules/dataprev/http-dataprev.gateway';
import { freshBenefit } from './support';

const CPF = '12345678909';

/** The gateway's "Alterar contrato" and portability origin against the mock Dataprev over HTTP (R-AV-1, R-LN-5, R-LN-7). */
describe('Dataprev gateway against the mock', () => {
  let mock: TestService<DataprevMockConfig>;
  let metrics: Registry;
  let dataprev: HttpDataprevGateway;

  const gateway = (timeoutMs: number, registry = new Registry()) =>
    new HttpDataprevGateway(loadConfig(AverbationConnectorConfig, { DATAPREV_URL: mock.baseUrl, DATAPREV_TIMEOUT_MS: String(timeoutMs) }), registry);

  beforeAll(async () => {
    mock = await startDataprevMock();
    metrics = new Registry();
    dataprev = gateway(3_000, metrics);
  });

  afterAll(async () => {
    await mock?.close();
  });

  const script = (benefitNumber: string, operation: string, failNext: number, status: 503 | 500 | 'timeout') =>
    fetch(`${mock.baseUrl}/admin/chaos/script`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ benefitNumber, operation, failNext, status }) });
  const order = (benefitNumber: string, installmentAmount: string, extra: Partial<RegistrationOrder> = {}): RegistrationOrder => ({
    contractId: randomUUID(),
    benefitNumber,
    cpf: CPF,
    installmentAmount,
    termMonths: 48,
    firstDueDate: '2025-03-10',
    operationType: 'NEW',
    ...extra,
  });
  const registered = async (benefitNumber: string, installmentAmount: string) => {
    const result = await dataprev.register(order(benefitNumber, installmentAmount));
    if (!result.ok) throw new Error(result.failure.message);
    return result.value.protocol;
  };
  const available = async (benefitNumber: string) => {
    const margin = await dataprev.queryMargin({ benefitNumber, cpf: CPF });
    if (!margin.ok) throw new Error(margin.failure.message);
    return Money.of(margin.value.margins.loan.available);
  };
  const extra = (protocol: string, installmentAmount: string, termMonths = 48) => ({ protocol, installmentAmount, termMonths, reason: 'EXTRA_AMORTIZATION' as const });

  describe('alter', () => {
    it('lowers the installment, answers a repeat the same, and frees the margin', async () => {
      const benefit = freshBenefit();
      const protocol = await registered(benefit, '300.00');
      const before = await available(benefit);
      const altered = await dataprev.alter(extra(protocol, '250.00', 40));
      expect(altered).toEqual({ ok: true, value: { protocol, contractId: expect.any(String), active: true, registeredAt: expect.any(String), installmentAmount: '250.00', termMonths: 40 } });
      expect(await dataprev.alter(extra(protocol, '250.00', 40))).toEqual(altered);
      expect((await available(benefit)).toString()).toBe(before.plus(Money.of('50.00')).toString());
      const counted = await metrics.getSingleMetric('averbation_dataprev_calls_total')?.get();
      expect(counted?.values.find((v) => v.labels['operation'] === 'ALTER' && v.labels['outcome'] === 'ok')?.value).toBeGreaterThanOrEqual(2);
    });

    it.each([
      ['an increase beyond the margin', async (p: string, free: Money) => extra(p, free.plus(Money.of('100.01')).toString()), 422, 'AVERBATION.MARGIN_INSUFFICIENT', 'DATAPREV.MARGIN_INSUFFICIENT'],
      ['a cancelled registration', async (p: string) => {
        await dataprev.cancel(p);
        return extra(p, '50.00');
      }, 422, 'AVERBATION.REGISTRATION_CANCELLED', 'DATAPREV.REGISTRATION.CANCELLED'],
      ['an unknown protocol', async () => extra('DTP-1999-000000000', '50.00'), 404, 'DATAPREV.REGISTRATION_NOT_FOUND', 'DATAPREV.REGISTRATION.NOT_FOUND'],
    ])('refuses %s for good (not retryable)', async (_name, prepare, status, code, dataprevCode) => {
      const benefit = freshBenefit();
      const protocol = await registered(benefit, '100.00');
      const result = await dataprev.alter(await prepare(protocol, await available(benefit)));
      expect(result.ok ? 'ok' : [result.failure.kind, result.failure.status, result.failure.code, result.failure.dataprevCode]).toEqual(['REFUSED', status, code, dataprevCode]);
    });

    it.each([
      [503, 'DATAPREV.UNAVAILABLE'],
      [500, 'DATAPREV.UNAVAILABLE'],
    ] as const)('reports a %i as transient, and the retry alters', async (status, code) => {
      const benefit = freshBenefit();
      const protocol = await registered(benefit, '100.00');
      await script(benefit, 'ALTER', 1, status);
      const failed = await dataprev.alter(extra(protocol, '90.00'));
      expect(failed.ok ? 'ok' : [failed.failure.kind, failed.failure.code, failed.failure.status]).toEqual(['TRANSIENT', code, status]);
      const retried = await dataprev.alter(extra(protocol, '90.00'));
      expect(retried.ok && retried.value.installmentAmount).toBe('90.00');
    });

    it('gives up on a held call at its own timeout (transient) without altering', async () => {
      const benefit = freshBenefit();
      const protocol = await registered(benefit, '100.00');
      const before = await available(benefit);
      await script(benefit, 'ALTER', 1, 'timeout');
      const failed = await gateway(300).alter(extra(protocol, '90.00'));
      expect(failed.ok ? 'ok' : [failed.failure.kind, failed.failure.code]).toEqual(['TRANSIENT', 'DATAPREV.TIMEOUT']);
      expect((await available(benefit)).toString()).toBe(before.toString());
      // The registration still has its old values: the same values answer unchanged.
      const same = await dataprev.alter(extra(protocol, '100.00'));
      expect(same.ok && [same.value.installmentAmount, same.value.termMonths]).toEqual(['100.00', 48]);
    });
  });

  describe('register a portability', () => {
    const origin = { originInstitutionIspb: '60746948', originContractNumber: 'CTR-000123456' };

    it('names the contract it brings in, which Dataprev records and shows', async () => {
      const benefit = freshBenefit();
      const result = await dataprev.register(order(benefit, '100.00', { operationType: 'PORTABILITY', portabilityOrigin: origin }));
      expect(result.ok && result.value.active).toBe(true);
      const listed = (await (await fetch(`${mock.baseUrl}/v1/beneficios/${benefit}/averbacoes?cpf=${CPF}`)).json()) as { averbacoes: unknown[] };
      expect(listed.averbacoes).toEqual([expect.objectContaining({ tipoOperacao: 'PORTABILIDADE', instituicaoOrigemIspb: '60746948', contratoOrigem: 'CTR-000123456' })]);
    });

    it('is refused for good without an origin', async () => {
      const result = await dataprev.register(order(freshBenefit(), '100.00', { operationType: 'PORTABILITY' }));
      expect(result.ok ? 'ok' : [result.failure.kind, result.failure.status, result.failure.code]).toEqual(['REFUSED', 400, 'AVERBATION.PORTABILITY_ORIGIN_INVALID']);
    });
  });
});
