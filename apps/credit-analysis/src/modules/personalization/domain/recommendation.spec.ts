import { mergeFeedback } from './recommendation';
import { monthsBetween } from './recommend-facts';
import { IsoDate } from '@consignado/finance';

describe('mergeFeedback: every round keeps what the customer said before', () => {
  it.each([
    [{ produto_recusado: [] }, { prioridade: 'juros_baixos' as const }, { prioridade: 'juros_baixos', produto_recusado: [] }],
    [{ prioridade: 'juros_baixos' as const, produto_recusado: [] }, { prioridade: 'parcela_baixa' as const, produto_recusado: ['cartao_gold' as const] }, { prioridade: 'parcela_baixa', produto_recusado: ['cartao_gold'] }],
    [{ produto_recusado: ['cartao_gold' as const], produto_preferido: 'credito_consiginado' as const }, { produto_recusado: ['cartao_gold' as const, 'limite_conta' as const] }, { produto_recusado: ['cartao_gold', 'limite_conta'], produto_preferido: 'credito_consiginado' }],
  ])('%j then %j → %j', (before, given, merged) => {
    expect(mergeFeedback(before, given)).toEqual(merged);
  });
});

describe('monthsBetween: time in the job from the benefit start', () => {
  it.each([
    ['2020-01-15', '2026-06-15', 77],
    ['2020-01-16', '2026-06-15', 76],
    ['2026-06-15', '2026-06-15', 0],
    ['2026-07-01', '2026-06-15', 0],
  ])('%s → %s: %d', (from, to, months) => expect(monthsBetween(IsoDate.of(from), IsoDate.of(to))).toBe(months));
});
