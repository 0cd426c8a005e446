import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Money } from '@consignado/finance';
import { startTestService, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { DataprevMockConfig } from '../src/config';

const CPF = '12345678909';

/** "Alterar contrato" (R-LN-5) and portability origins (R-LN-7) on the real PostgreSQL, over HTTP. */
describe('mock Dataprev: alteration and portability origin', () => {
  let mock: TestService<DataprevMockConfig>;

  beforeAll(async () => {
    mock = await startTestService({
      service: 'dataprev-mock',
      config: DataprevMockConfig,
      module: (c) => AppModule.register(c),
      env: { DATAPREV_LATENCY_MIN_MS: '0', DATAPREV_LATENCY_MAX_MS: '0', DATAPREV_FAILURE_RATE: '0' },
    });
  });

  afterAll(async () => {
    await mock?.close();
  });

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${mock.baseUrl}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json().catch(() => undefined)) as any };
  };
  const register = (benefit: string, installment: string, extra: Record<string, unknown> = {}) =>
    call('POST', '/v1/averbacoes', { contratoId: randomUUID(), numeroBeneficio: benefit, cpf: CPF, valorParcela: installment, quantidadeParcelas: 48, dataInicioDesconto: '2025-03-10', tipoOperacao: 'NOVO', ...extra });
  const alter = (protocol: string, valorParcela: unknown, quantidadeParcelas = 48, motivo = 'AMORTIZACAO_EXTRAORDINARIA') => call('PUT', `/v1/averbacoes/${protocol}`, { valorParcela, quantidadeParcelas, motivo });
  const list = async (benefit: string) => (await call('GET', `/v1/beneficios/${benefit}/averbacoes?cpf=${CPF}`)).body.averbacoes as any[];
  const available = async (benefit: string) => Money.of((await call('GET', `/v1/beneficios/${benefit}/margem?cpf=${CPF}`)).body.margem.pessoal.disponivel as string);
  const freshBenefit = () => String(6_000_000_000 + Math.floor(Math.random() * 3_000_000_000));

  describe('Alterar contrato', () => {
    it('lowers the installment, answers a repeat the same, and shows the new values everywhere', async () => {
      const benefit = freshBenefit();
      const before = await available(benefit);
      const registered = await register(benefit, '300.00');
      const altered = await alter(registered.body.protocolo, '250.00');
      expect(altered.status).toBe(200);
      expect(altered.body).toMatchObject({ protocolo: registered.body.protocolo, situacao: 'ATIVA', valorParcela: '250.00', quantidadeParcelas: 48 });
      expect(altered.body.alteracoes).toEqual([
        { valorParcelaAnterior: '300.00', quantidadeParcelasAnterior: 48, valorParcela: '250.00', quantidadeParcelas: 48, motivo: 'AMORTIZACAO_EXTRAORDINARIA', alteradaEm: expect.stringMatching(/Z$/) },
      ]);
      const repeated = await alter(registered.body.protocolo, '250.00');
      expect([repeated.status, repeated.body]).toEqual([200, altered.body]);
      expect((await available(benefit)).toString()).toBe(before.minus(Money.of('250.00')).toString());
      expect(await list(benefit)).toEqual([altered.body]);
      const shorter = await alter(registered.body.protocolo, '250.00', 40);
      expect([shorter.body.quantidadeParcelas, shorter.body.alteracoes.length]).toEqual([40, 2]);
    });

    it('takes an increase from the free margin only, and refuses one that does not fit', async () => {
      const benefit = freshBenefit();
      const registered = await register(benefit, '100.00');
      const free = await available(benefit);
      const tooMuch = await alter(registered.body.protocolo, free.plus(Money.of('100.01')).toString());
      expect([tooMuch.status, tooMuch.body.code, tooMuch.body.details]).toEqual([422, 'DATAPREV.MARGIN_INSUFFICIENT', { available: free.plus(Money.of('100.00')).toString(), installment: free.plus(Money.of('100.01')).toString() }]);
      expect((await list(benefit))[0].valorParcela).toBe('100.00');
      expect((await alter(registered.body.protocolo, free.plus(Money.of('100.00')).toString())).status).toBe(200);
      expect((await available(benefit)).toString()).toBe('0.00');
    });

    it('never lets concurrent increases and registrations share one margin (R-AV-3)', async () => {
      const benefit = freshBenefit();
      const registered = await register(benefit, '10.00');
      const free = await available(benefit);
      const half = Money.ofCents(free.cents / 2n);
      const [increase, ...others] = await Promise.all([alter(registered.body.protocolo, half.plus(Money.of('10.00')).toString()), register(benefit, half.toString()), register(benefit, half.toString())]);
      const taken = [increase, ...others].filter((r) => r.status < 300).length;
      expect(taken).toBe(2);
      expect([increase, ...others].filter((r) => r.status === 422).map((r) => r.body.code)).toEqual(['DATAPREV.MARGIN_INSUFFICIENT']);
      expect((await available(benefit)).toString()).toBe(free.minus(Money.ofCents(half.cents * 2n)).toString());
    });

    it('refuses a cancelled registration with its own code', async () => {
      const registered = await register(freshBenefit(), '50.00');
      await call('DELETE', `/v1/averbacoes/${registered.body.protocolo}`);
      const res = await alter(registered.body.protocolo, '40.00');
      expect([res.status, res.body.code, res.body.detail]).toEqual([422, 'DATAPREV.REGISTRATION.CANCELLED', `Averbação ${registered.body.protocolo} cancelada: não pode ser alterada.`]);
    });

    it.each([
      ['DTP-1999-000000000', '40.00', 48, 'AMORTIZACAO_EXTRAORDINARIA', 404, 'DATAPREV.REGISTRATION.NOT_FOUND'],
      [undefined, '0.00', 48, 'AMORTIZACAO_EXTRAORDINARIA', 400, 'DATAPREV.INVALID_AMOUNT'],
      [undefined, 40.5, 48, 'AMORTIZACAO_EXTRAORDINARIA', 400, 'REQUEST.INVALID_BODY'],
      [undefined, '40.00', 0, 'AMORTIZACAO_EXTRAORDINARIA', 400, 'REQUEST.INVALID_BODY'],
      [undefined, '40.00', 48, 'QUALQUER', 400, 'REQUEST.INVALID_BODY'],
    ])('refuses %s %j × %i (%s): %i %s', async (protocol, installment, term, reason, status, code) => {
      const target = protocol ?? (await register(freshBenefit(), '50.00')).body.protocolo;
      const res = await alter(target, installment, term, reason);
      expect([res.status, res.body.code]).toEqual([status, code]);
    });

    it('is a Dataprev operation: counted, and scriptable by the registration’s benefit', async () => {
      const benefit = freshBenefit();
      const registered = await register(benefit, '50.00');
      await call('POST', '/admin/chaos/script', { benefitNumber: benefit, operation: 'ALTER', failNext: 1, status: 503 });
      const failed = await alter(registered.body.protocolo, '40.00');
      expect([failed.status, failed.body.code]).toEqual([503, 'DATAPREV.UNAVAILABLE']);
      expect((await list(benefit))[0].valorParcela).toBe('50.00');
      expect((await alter(registered.body.protocolo, '40.00')).status).toBe(200);
      expect((await call('GET', `/admin/calls?benefitNumber=${benefit}`)).body.calls).toMatchObject({ REGISTER: 1, ALTER: 2 });
    });
  });

  describe('PORTABILIDADE names its origin', () => {
    const origin = { instituicaoOrigemIspb: '60746948', contratoOrigem: 'CTR-000123456' };

    it('records and shows the origin, needing no new margin', async () => {
      const benefit = freshBenefit();
      const free = await available(benefit);
      const res = await register(benefit, free.plus(Money.of('1.00')).toString(), { tipoOperacao: 'PORTABILIDADE', ...origin });
      expect([res.status, res.body.tipoOperacao, res.body.instituicaoOrigemIspb, res.body.contratoOrigem]).toEqual([201, 'PORTABILIDADE', '60746948', 'CTR-000123456']);
      expect((await list(benefit))[0]).toMatchObject(origin);
      const retry = await call('POST', '/v1/averbacoes', { ...pick(res.body), cpf: CPF, dataInicioDesconto: '2025-03-10' });
      expect([retry.status, retry.body.protocolo]).toEqual([200, res.body.protocolo]);
      const otherOrigin = await call('POST', '/v1/averbacoes', { ...pick(res.body), cpf: CPF, dataInicioDesconto: '2025-03-10', contratoOrigem: 'CTR-9' });
      expect([otherOrigin.status, otherOrigin.body.code]).toEqual([409, 'DATAPREV.REGISTRATION.CONFLICT']);
    });

    it.each([
      ['a portability without origin', { tipoOperacao: 'PORTABILIDADE' }],
      ['a portability with a 7-digit ISPB', { tipoOperacao: 'PORTABILIDADE', ...origin, instituicaoOrigemIspb: '6074694' }],
      ['a new contract with an origin', origin],
    ])('refuses %s (400 DATAPREV.INVALID_PORTABILITY_ORIGIN)', async (_name, extra) => {
      const res = await register(freshBenefit(), '10.00', extra);
      expect([res.status, res.body.code]).toEqual([400, 'DATAPREV.INVALID_PORTABILITY_ORIGIN']);
    });
  });

  it('the migration goes down and up again', async () => {
    const ds = mock.app.get(DataSource);
    const columns = async () => ((await ds.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'registration' AND column_name IN ('alterations', 'origin_contract', 'origin_institution_ispb') ORDER BY 1`)) as Array<{ column_name: string }>).map((c) => c.column_name);
    expect(await columns()).toEqual(['alterations', 'origin_contract', 'origin_institution_ispb']);
    await ds.undoLastMigration();
    expect(await columns()).toEqual([]);
    await ds.runMigrations();
    expect(await columns()).toEqual(['alterations', 'origin_contract', 'origin_institution_ispb']);
  });
});

/** The request fields of an answer, to send the same registration again. */
const pick = (a: any) => ({
  contratoId: a.contratoId,
  numeroBeneficio: a.numeroBeneficio,
  valorParcela: a.valorParcela,
  quantidadeParcelas: a.quantidadeParcelas,
  tipoOperacao: a.tipoOperacao,
  instituicaoOrigemIspb: a.instituicaoOrigemIspb,
  contratoOrigem: a.contratoOrigem,
});
