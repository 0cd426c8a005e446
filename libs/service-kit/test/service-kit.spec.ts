import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { IsInt, IsString, Matches, Min } from 'class-validator';
import { DomainError } from '@consignado/core';
import { Logger } from '@nestjs/common';
import { ServiceKitModule, startService, type ReadinessCheck } from '../src';

class CreateThingDto {
  @IsString()
  @Matches(/^\d{11}$/)
  cpf!: string;

  @IsInt()
  @Min(1)
  term!: number;
}

class ThingTaken extends DomainError {
  override readonly exposeDetails = true;
  constructor(thingId: string) {
    super('THING.ALREADY_EXISTS', 'Coisa já existe', { thingId });
  }
}

const created: CreateThingDto[] = [];
let dependencyUp = true;

@Controller('things')
class ThingsController {
  private readonly logger = new Logger('Things');

  @Post()
  create(@Body() body: CreateThingDto): { ok: true } {
    this.logger.log('thing received', { cpf: body.cpf, name: 'Maria Souza' });
    created.push(body);
    return { ok: true };
  }

  @Get('missing')
  missing(): never {
    throw new DomainError('THING.NOT_FOUND', 'Coisa não encontrada');
  }

  @Get('taken')
  taken(): never {
    throw new ThingTaken('t-1');
  }

  @Get('secret')
  secret(): never {
    throw new DomainError('THING.CONFLICT', 'Conflito', { internalRow: 42 });
  }

  @Get('boom')
  boom(): never {
    throw new Error('unexpected 123.456.789-09');
  }
}

/** Response bodies in these tests are plain JSON read without a schema. */
const json = (res: Response): Promise<any> => res.json();

const dependency: ReadinessCheck = {
  name: 'fake-dependency',
  check: async () => {
    if (!dependencyUp) throw new Error('down');
  },
};

@Module({
  imports: [ServiceKitModule.forRoot({ service: 'kit-test', readiness: { useFactory: () => [dependency] } })],
  controllers: [ThingsController],
})
class TestModule {}

describe('service kit on a real HTTP server (R-X-1, R-X-2, R-X-3)', () => {
  let app: INestApplication;
  let base: string;
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);

  beforeAll(async () => {
    process.stdout.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    app = await startService(TestModule, { service: 'kit-test', port: 0, openApi: { title: 'Kit', description: 'test' } });
    const address = app.getHttpServer().address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    await app.close();
    process.stdout.write = write;
  });

  it('answers liveness, and readiness according to its checks', async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect((await json(ready)).checks['fake-dependency'].status).toBe('ok');
    dependencyUp = false;
    const down = await fetch(`${base}/health/ready`);
    dependencyUp = true;
    expect(down.status).toBe(503);
    expect((await json(down)).checks['fake-dependency']).toMatchObject({ status: 'down', error: 'down' });
  });

  it('refuses a bad body with 400, a code, pt-BR field messages, and writes nothing', async () => {
    const res = await fetch(`${base}/things`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cpf: '12', term: 0, extra: 1 }) });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await json(res);
    expect(body).toMatchObject({ status: 400, code: 'REQUEST.INVALID_BODY', detail: 'Dados da requisição inválidos' });
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'cpf', message: 'cpf está em formato inválido' }),
        expect.objectContaining({ field: 'term', message: 'term está abaixo do mínimo permitido' }),
        expect.objectContaining({ field: 'extra', message: 'extra não é um campo aceito' }),
      ]),
    );
    expect(created).toHaveLength(0);
  });

  it('refuses unparseable JSON with 400 and a code', async () => {
    const res = await fetch(`${base}/things`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"cpf":' });
    expect(res.status).toBe(400);
    expect((await json(res)).code).toBe('REQUEST.MALFORMED_BODY');
    expect(created).toHaveLength(0);
  });

  it('answers a body over the limit with 413 and a code, not a 500', async () => {
    const huge = JSON.stringify({ cpf: '1'.repeat(11), term: 1, pad: 'x'.repeat(200_000) });
    const res = await fetch(`${base}/things`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge });
    expect(res.status).toBe(413);
    expect((await json(res)).code).toBe('REQUEST.TOO_LARGE');
    expect(created).toHaveLength(0);
  });

  it('shows a domain error\'s details only when the error exposes them', async () => {
    const taken = await fetch(`${base}/things/taken`);
    expect(taken.status).toBe(409);
    expect(await json(taken)).toMatchObject({ code: 'THING.ALREADY_EXISTS', details: { thingId: 't-1' } });
    const secret = await json(await fetch(`${base}/things/secret`));
    expect(secret.code).toBe('THING.CONFLICT');
    expect(secret.details).toBeUndefined();
  });

  it('maps domain errors by code and hides crashes behind a 500', async () => {
    const missing = await fetch(`${base}/things/missing`);
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ code: 'THING.NOT_FOUND', detail: 'Coisa não encontrada' });
    const boom = await fetch(`${base}/things/boom`);
    expect(boom.status).toBe(500);
    const body = await json(boom);
    expect(body.code).toBe('INTERNAL');
    expect(JSON.stringify(body)).not.toContain('123.456.789-09');
  });

  it('logs JSON with the caller correlationId and masked personal data', async () => {
    const correlationId = '7d9f7a52-3f4e-4d6a-9a51-0c2b8a1f0e11';
    const res = await fetch(`${base}/things`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-correlation-id': correlationId }, body: JSON.stringify({ cpf: '12345678909', term: 12 }) });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-correlation-id')).toBe(correlationId);
    const entry = lines.map((l) => JSON.parse(l)).find((e) => e.msg === 'thing received');
    expect(entry).toMatchObject({ level: 'log', service: 'kit-test', context: 'Things', correlationId, detail: { cpf: '***.456.789-**', name: '[redacted]' } });
    const all = lines.join('');
    expect(all).not.toContain('12345678909');
    expect(all).not.toContain('123.456.789-09');
    expect(all).not.toContain('Maria Souza');
  });

  it('exposes Prometheus metrics with route templates and OpenAPI at /docs', async () => {
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/things\/missing"[^}]*status="404"/);
    expect(metrics).toContain('process_cpu_user_seconds_total');
    const doc = await json(await fetch(`${base}/docs/json`));
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/things', '/things/missing']));
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/health'))).toBe(false);
  });
});
