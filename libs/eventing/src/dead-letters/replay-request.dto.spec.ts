import { strictValidationPipe } from '@consignado/service-kit';
import { ReplayRequestDto } from './replay-request.dto';

/** The body as every service API validates it (startService's global pipe). */
const validated = (body: unknown) => strictValidationPipe().transform(body, { type: 'body', metatype: ReplayRequestDto });
const refusal = (body: unknown) =>
  validated(body).then(
    () => undefined,
    (error: { code: string; message: string; details: { fields: Array<{ field: string; message: string }> } }) => ({
      code: error.code, message: error.message, fields: error.details.fields.map((f) => f.message),
    }),
  );

describe('POST /v1/admin/dead-letters/replay body', () => {
  it.each([
    ['nothing: every replayable record', {}],
    ['an event type of the catalogue and a reason', { eventType: 'ContractActivated', reason: 'retries-exhausted' }],
    ['the lower bound of limit', { limit: 1 }],
    ['the upper bound of limit, malformed records too', { limit: 10000, includeUnreplayable: true }],
  ])('accepts %s', async (_what, body) => {
    await expect(validated(body)).resolves.toEqual(Object.assign(new ReplayRequestDto(), body));
  });

  it('refuses every bad field at once: 400 REQUEST.INVALID_BODY, in pt-BR', async () => {
    expect(await refusal({ eventType: 'ContractExploded', reason: 'boredom', limit: 0, includeUnreplayable: 'yes' })).toEqual({
      code: 'REQUEST.INVALID_BODY',
      message: 'Dados da requisição inválidos',
      fields: ['eventType tem um valor não permitido', 'reason tem um valor não permitido', 'limit está abaixo do mínimo permitido', 'includeUnreplayable deve ser verdadeiro ou falso'],
    });
  });

  it.each([
    [{ limit: 10001 }, 'limit está acima do máximo permitido'],
    [{ limit: 2.5 }, 'limit deve ser um número inteiro'],
    [{ limit: '10' }, 'limit deve ser um número inteiro'],
    [{ group: 'loan' }, 'group não é um campo aceito'],
  ])('refuses %j: %s', async (body, message) => {
    const answer = await refusal(body);
    expect([answer?.code, answer?.fields.includes(message)]).toEqual(['REQUEST.INVALID_BODY', true]);
  });
});
