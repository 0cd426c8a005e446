import { randomUUID } from 'node:crypto';
import { Money } from '@consignado/finance';
import { startTestService, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { DataprevMockConfig } from '../src/config';

/** R-AV-1, R-AV-3: the mock Dataprev on the real PostgreSQL, over HTTP. */
describe('mock Dataprev on the real stack', () => {
  let mock: TestService<DataprevMockConfig>;

  beforeAll(async () => {
    mock = await startTestService({
      service: 'dataprev-mock',
      config: DataprevMockConfig,
      module: (c) => AppModule.register(c),
      env: { DATAPREV_LATENCY_MIN_MS: '0', DATAPREV_LATENCY_MAX_MS: '0', DATAPREV_FAILURE_RATE: '0', DATAPREV_TIMEOUT_HOLD_MS: '20000' },
    });
  });

  afterAll(async () => {
    await mock?.close();
  });

  const call = async (method: string, path: string, body?: unknown, signal?: AbortSignal) => {
    const res = await fetch(`${mock.baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    return { status: res.status, headers: res.headers, body: (await res.json().catch(() => undefined)) as any };
  };
  const margin = (benefit: string, cpf = '12345678909') => call('GET', `/v1/beneficios/${benefit}/margem?cpf=${cpf}`);
  const list = (benefit: string, cpf = '12345678909') => call('GET', `/v1/beneficios/${benefit}/averbacoes?cpf=${cpf}`);
  const register = (benefit: string, installment: string, extra: Record<string, unknown> = {}) =>
    call('POST', '/v1/averbacoes', {
      contratoId: randomUUID(),
      numeroBeneficio: benefit,
      cpf: '12345678909',
      valorParcela: installment,
      quantidadeParcelas: 84,
      dataInicioDesconto: '2025-03-10',
      tipoOperacao: 'NOVO',
      ...extra,
    });
  const cancel = (protocol: string) => call('DELETE', `/v1/averbacoes/${protocol}`);
  /** A benefit no other test touches: synthetic data, deterministic by number. */
  const freshBenefit = () => String(6_000_000_000 + Math.floor(Math.random() * 3_000_000_000));
  const available = async (benefit: string) => Money.of((await margin(benefit)).body.margem.pessoal.disponivel as string);

  describe('Consultar Margem', () => {
    it('answers the seed 003 §5.1 shape for the documented beneficiary, amounts as strings', async () => {
      const res = await margin('1234567890', '52998224725');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        beneficio: { numero: '1234567890', tipoCredito: 'APOSENTADORIA_POR_IDADE', valorBeneficio: '2000.00', dataInicio: '2020-01-15' },
        margem: {
          pessoal: { limite: '700.00', utilizado: expect.any(String), disponivel: expect.any(String) },
          cartao: { limite: '100.00', utilizado: '0.00', disponivel: '100.00' },
          cartaoBeneficio: { limite: '100.00', utilizado: '0.00', disponivel: '100.00' },
        },
        restricoes: [],
        consultadoEm: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
      });
      const loan = res.body.margem.pessoal;
      expect(Money.of(loan.limite).minus(Money.of(loan.utilizado)).toString()).toBe(loan.disponivel);
    });

    it('reports restrictions of the blocked beneficiary', async () => {
      const res = await margin('2000000001', '11144477735');
      expect([res.status, res.body.restricoes]).toEqual([200, ['BLOQUEADO_PARA_EMPRESTIMO']]);
    });

    it.each([
      ['1234567890', '52998224724', 422, 'DATAPREV.CPF_INVALID', 'CPF inválido.'],
      ['12345', '52998224725', 422, 'DATAPREV.BENEFIT_NUMBER_INVALID', 'Número de benefício inválido: informe os 10 dígitos.'],
      ['0000000000', '52998224725', 404, 'DATAPREV.BENEFIT.NOT_FOUND', 'Benefício não encontrado.'],
      ['1234567890', '12345678909', 404, 'DATAPREV.BENEFIT.NOT_FOUND', 'Benefício não encontrado.'],
    ])('refuses benefit %s with CPF %s: %i %s', async (benefit, cpf, status, code, detail) => {
      const res = await margin(benefit, cpf);
      expect([res.status, res.body.code, res.body.detail]).toEqual([status, code, detail]);
    });

    it('requires the CPF (400 with a pt-BR field message)', async () => {
      const res = await call('GET', '/v1/beneficios/1234567890/margem');
      expect([res.status, res.body.code]).toEqual([400, 'REQUEST.INVALID_BODY']);
      expect(res.body.errors.map((e: any) => e.message)).toContain('cpf deve ser um texto');
    });
  });

  describe('Averbar, Cancelar, Consultar Averbações', () => {
    it('registers, answers a retry with the same protocol, lists, cancels and frees the margin', async () => {
      const benefit = freshBenefit();
      const before = await available(benefit);
      const body = { contratoId: randomUUID(), numeroBeneficio: benefit, cpf: '12345678909', valorParcela: '123.45', quantidadeParcelas: 84, dataInicioDesconto: '2025-03-10', tipoOperacao: 'NOVO' };
      const first = await call('POST', '/v1/averbacoes', body);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ protocolo: expect.stringMatching(/^DTP-\d{4}-\d{9}$/), situacao: 'ATIVA', valorParcela: '123.45', numeroBeneficio: benefit });
      const retry = await call('POST', '/v1/averbacoes', body);
      expect([retry.status, retry.body.protocolo]).toEqual([200, first.body.protocolo]);
      expect((await available(benefit)).toString()).toBe(before.minus(Money.of('123.45')).toString());
      expect((await list(benefit)).body.averbacoes.map((a: any) => a.protocolo)).toEqual([first.body.protocolo]);

      const changed = await call('POST', '/v1/averbacoes', { ...body, valorParcela: '200.00' });
      expect([changed.status, changed.body.code]).toEqual([409, 'DATAPREV.REGISTRATION.CONFLICT']);

      const cancelled = await cancel(first.body.protocolo);
      expect([cancelled.status, cancelled.body.situacao]).toEqual([200, 'CANCELADA']);
      const again = await cancel(first.body.protocolo);
      expect([again.status, again.body.canceladaEm]).toEqual([200, cancelled.body.canceladaEm]);
      expect((await available(benefit)).toString()).toBe(before.toString());
      expect((await list(benefit)).body.averbacoes).toEqual([]);
    });

    it('refuses an installment above the available margin and writes nothing', async () => {
      const benefit = freshBenefit();
      const free = await available(benefit);
      const res = await register(benefit, free.plus(Money.of('0.01')).toString());
      expect([res.status, res.body.code]).toEqual([422, 'DATAPREV.MARGIN_INSUFFICIENT']);
      expect(res.body.detail).toMatch(/^Margem consignável insuficiente: disponível R\$ [\d.]+,\d{2}, parcela R\$ [\d.]+,\d{2}\.$/);
      expect(res.body.details).toEqual({ available: free.toString(), installment: free.plus(Money.of('0.01')).toString() });
      expect((await list(benefit)).body.averbacoes).toEqual([]);
      expect((await register(benefit, free.toString())).status).toBe(201);
    });

    it('refuses the blocked benefit and bad amounts', async () => {
      const blocked = await call('POST', '/v1/averbacoes', { contratoId: randomUUID(), numeroBeneficio: '2000000001', cpf: '11144477735', valorParcela: '10.00', quantidadeParcelas: 12, dataInicioDesconto: '2025-03-10', tipoOperacao: 'NOVO' });
      expect([blocked.status, blocked.body.code]).toEqual([422, 'DATAPREV.BENEFIT_BLOCKED']);
      const zero = await register(freshBenefit(), '0.00');
      expect([zero.status, zero.body.code]).toEqual([400, 'DATAPREV.INVALID_AMOUNT']);
      const float = await register(freshBenefit(), 12.5 as unknown as string);
      expect([float.status, float.body.code]).toEqual([400, 'REQUEST.INVALID_BODY']);
      const date = await register(freshBenefit(), '10.00', { dataInicioDesconto: '2025-02-30' });
      expect([date.status, date.body.code]).toEqual([400, 'DATAPREV.INVALID_DATE']);
    });

    it('never lets concurrent registrations share one margin (R-AV-3)', async () => {
      const benefit = freshBenefit();
      const free = await available(benefit);
      const third = Money.ofCents(free.cents / 3n);
      const results = await Promise.all(Array.from({ length: 10 }, () => register(benefit, third.toString())));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 201, 201, 422, 422, 422, 422, 422, 422, 422]);
      expect(results.filter((r) => r.status === 422).every((r) => r.body.code === 'DATAPREV.MARGIN_INSUFFICIENT')).toBe(true);
      expect((await list(benefit)).body.averbacoes).toHaveLength(3);
      expect((await available(benefit)).toString()).toBe(free.minus(Money.ofCents(third.cents * 3n)).toString());
    });

    it('replaces the refinanced contract’s deduction in the same registration', async () => {
      const benefit = freshBenefit();
      const free = await available(benefit);
      const old = await register(benefit, free.toString());
      expect(old.status).toBe(201);
      const refinancing = await register(benefit, free.toString(), { tipoOperacao: 'REFINANCIAMENTO', contratoRefinanciadoId: old.body.contratoId });
      expect(refinancing.status).toBe(201);
      expect((await list(benefit)).body.averbacoes.map((a: any) => a.contratoId)).toEqual([refinancing.body.contratoId]);
    });

    it('answers 404 for an unknown protocol', async () => {
      const res = await cancel('DTP-1999-000000000');
      expect([res.status, res.body.code, res.body.detail]).toEqual([404, 'DATAPREV.REGISTRATION.NOT_FOUND', 'Averbação não encontrada.']);
    });
  });

  describe('chaos (R-AV-1)', () => {
    const script = (benefitNumber: string, operation: string, failNext: number, status: unknown) => call('POST', '/admin/chaos/script', { benefitNumber, operation, failNext, status });
    const calls = async (benefit: string) => (await call('GET', `/admin/calls?benefitNumber=${benefit}`)).body.calls;

    it('fails exactly the scripted calls of one benefit and operation, then answers', async () => {
      const benefit = freshBenefit();
      expect((await script(benefit, 'QUERY_MARGIN', 2, 503)).status).toBe(201);
      const first = await margin(benefit);
      expect([first.status, first.body.code, first.headers.get('retry-after')]).toEqual([503, 'DATAPREV.UNAVAILABLE', '1']);
      expect((await list(benefit)).status).toBe(200);
      expect((await margin(benefit)).status).toBe(503);
      expect((await margin(benefit)).status).toBe(200);
      await script(benefit, 'REGISTER', 1, 500);
      const failed = await register(benefit, '10.00');
      expect([failed.status, failed.body.code]).toEqual([500, 'DATAPREV.INTERNAL_ERROR']);
      expect((await list(benefit)).body.averbacoes).toEqual([]);
      expect(await calls(benefit)).toEqual({ QUERY_MARGIN: 3, REGISTER: 1, ALTER: 0, CANCEL: 0, LIST_REGISTRATIONS: 2 });
    });

    it('holds a scripted timeout until the caller gives up, without registering', async () => {
      const benefit = freshBenefit();
      await script(benefit, 'REGISTER', 1, 'timeout');
      const body = { contratoId: randomUUID(), numeroBeneficio: benefit, cpf: '12345678909', valorParcela: '10.00', quantidadeParcelas: 12, dataInicioDesconto: '2025-03-10', tipoOperacao: 'NOVO' };
      const started = Date.now();
      await expect(call('POST', '/v1/averbacoes', body, AbortSignal.timeout(300))).rejects.toThrow(/abort|timeout/i);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      expect((await list(benefit)).body.averbacoes).toEqual([]);
      // The script is used up: the same request now registers.
      expect((await call('POST', '/v1/averbacoes', body)).status).toBe(201);
    });

    it('scripts cancellations by the registration’s benefit', async () => {
      const benefit = freshBenefit();
      const registered = await register(benefit, '10.00');
      await script(benefit, 'CANCEL', 1, 503);
      expect((await cancel(registered.body.protocolo)).status).toBe(503);
      expect((await list(benefit)).body.averbacoes).toHaveLength(1);
      expect((await cancel(registered.body.protocolo)).status).toBe(200);
    });

    it('changes latency and availability at runtime and refuses incoherent settings', async () => {
      const bad = await call('PUT', '/admin/chaos', { latencyMinMs: 500, latencyMaxMs: 100 });
      expect([bad.status, bad.body.code]).toEqual([400, 'CHAOS.INVALID_LATENCY']);
      const badOutage = await call('PUT', '/admin/chaos', { outages: ['sometimes'] });
      expect([badOutage.status, badOutage.body.code]).toEqual([400, 'CHAOS.INVALID_OUTAGE']);
      try {
        const slow = await call('PUT', '/admin/chaos', { latencyMinMs: 300, latencyMaxMs: 300, seed: 7 });
        expect(slow.body).toMatchObject({ latencyMinMs: 300, latencyMaxMs: 300, failureRate: 0, seed: 7 });
        const started = Date.now();
        expect((await margin(freshBenefit())).status).toBe(200);
        expect(Date.now() - started).toBeGreaterThanOrEqual(290);
        await call('PUT', '/admin/chaos', { latencyMinMs: 0, latencyMaxMs: 0, unavailable: true });
        const down = await margin(freshBenefit());
        expect([down.status, down.body.code]).toEqual([503, 'DATAPREV.UNAVAILABLE']);
        expect((await call('GET', '/admin/chaos')).body).toMatchObject({ unavailable: true, latencyMaxMs: 0, scripts: expect.any(Array) });
        // Admin and health endpoints are never subject to chaos.
        expect((await call('GET', '/health/ready')).status).toBe(200);
      } finally {
        await call('PUT', '/admin/chaos', { latencyMinMs: 0, latencyMaxMs: 0, unavailable: false, failureRate: 0 });
      }
      expect((await margin(freshBenefit())).status).toBe(200);
    });
  });
});
