import { strictValidationPipe } from '@consignado/service-kit';
import { AlterarRequest, toAlterationRequest } from './alter.request';

/** "Alterar contrato" as the bank sends it, through the app's own validation pipe. */
const parse = (body: Record<string, unknown>) => strictValidationPipe().transform(body, { type: 'body', metatype: AlterarRequest }) as Promise<AlterarRequest>;
const fieldsOf = async (body: Record<string, unknown>) => {
  try {
    await parse(body);
    return [];
  } catch (error) {
    return ((error as { details?: { fields: Array<{ field: string; constraint: string }> } }).details?.fields ?? []).map((f) => `${f.field}:${f.constraint}`);
  }
};

describe('AlterarRequest (PUT /v1/averbacoes/{protocolo})', () => {
  it.each(['AMORTIZACAO_EXTRAORDINARIA', 'RENEGOCIACAO', 'DECISAO_JUDICIAL'])('takes motivo %s', async (motivo) => {
    expect(await fieldsOf({ valorParcela: '180.40', quantidadeParcelas: 72, motivo })).toEqual([]);
  });

  it('gives a workout’s new plan (R-LN-8) to the domain as sent: a lower installment over a longer term, motivo RENEGOCIACAO', async () => {
    const request = toAlterationRequest('DTP-2026-000000001', await parse({ valorParcela: '180.40', quantidadeParcelas: 72, motivo: 'RENEGOCIACAO' }));
    expect(request.ok && [request.value.protocol, request.value.installment.toString(), request.value.termMonths, request.value.reason]).toEqual(['DTP-2026-000000001', '180.40', 72, 'RENEGOCIACAO']);
  });

  it.each([
    [{ motivo: 'REFINANCIAMENTO' }, 'motivo:isIn'],
    [{ motivo: undefined }, 'motivo:isIn'],
    [{ quantidadeParcelas: 481 }, 'quantidadeParcelas:max'],
    [{ origem: 'x' }, 'origem:whitelistValidation'],
  ])('refuses %j (REQUEST.INVALID_BODY)', async (change, problem) => {
    expect(await fieldsOf({ valorParcela: '180.40', quantidadeParcelas: 72, motivo: 'RENEGOCIACAO', ...change })).toContain(problem);
  });
});
