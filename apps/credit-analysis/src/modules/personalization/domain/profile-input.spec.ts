import { Money, MonthlyRate } from '@consignado/finance';
import { inssPayload } from '../../analysis/testing/proposal.fixtures';
import { contractDue, TODAY } from '../testing/personalization.fixtures';
import { NOTHING_DECLARED } from './declared-data';
import { profileInput } from './profile-input';

const history = { latest: inssPayload({ monthlyIncome: '5000.00', monthlyExpenses: '1500.00' }), inquiries6m: 2, score: 610, partnerIds: [] };
const paidOnTime = contractDue('c1', [-2, -1, 1, 2, 3], [0, 3, undefined, undefined, undefined]);

describe('profileInput: seed 004 RF1 input from the platform and the request', () => {
  it('the platform alone: income and expenses of the latest application, contracts, analyses as inquiries, the score; cards absent', () => {
    const { input, sources } = profileInput('c1', [paidOnTime], history, NOTHING_DECLARED, TODAY);
    expect(input).toEqual({
      id_cliente: 'c1', renda_mensal_bruta: '5000.00', despesas_mensais: '1500.00',
      historico_pagamentos: [{ dias_atraso: 0 }, { dias_atraso: 3 }], consultas_ultimos_6m: 2, inadimplencias_registradas_5a: 0,
      emprestimos_ativos: [{ parcela_mensal: '211.24' }], score_externo: 610,
    });
    expect(sources).toEqual({
      renda_mensal_bruta: 'PLATFORM', despesas_mensais: 'PLATFORM', historico_pagamentos: 'PLATFORM', consultas_ultimos_6m: 'PLATFORM',
      inadimplencias_registradas_5a: 'PLATFORM', emprestimos_ativos: 'PLATFORM', score_externo: 'PLATFORM',
    });
  });

  it('the request adds: its income replaces the application\'s, loans and records elsewhere are appended, counts are summed', () => {
    const declared = {
      ...NOTHING_DECLARED, grossMonthlyIncome: Money.of('6200'), cardLimitTotal: Money.of('8000'), cardBalance: Money.of('0'),
      externalLoans: [{ installment: Money.of('300'), balance: Money.of('9000'), monthlyRate: MonthlyRate.of('0.03') }],
      externalPaymentRecords: [0, 45], creditInquiries6m: 3, defaults5y: 1,
    };
    const { input, sources } = profileInput('c1', [paidOnTime], history, declared, TODAY);
    expect(input).toMatchObject({
      renda_mensal_bruta: '6200.00', despesas_mensais: '1500.00', limite_total_cartoes: '8000.00', saldo_devedor_cartoes: '0.00',
      historico_pagamentos: [{ dias_atraso: 0 }, { dias_atraso: 3 }, { dias_atraso: 0 }, { dias_atraso: 45 }],
      consultas_ultimos_6m: 5, inadimplencias_registradas_5a: 1, emprestimos_ativos: [{ parcela_mensal: '211.24' }, { parcela_mensal: '300.00' }],
    });
    expect(sources).toMatchObject({ renda_mensal_bruta: 'DECLARED', despesas_mensais: 'PLATFORM', limite_total_cartoes: 'DECLARED', emprestimos_ativos: 'PLATFORM+DECLARED', consultas_ultimos_6m: 'PLATFORM+DECLARED' });
  });

  it('a customer the platform has never seen: only what the request says; income unknown stays absent (campos_faltantes)', () => {
    const { input } = profileInput('c9', [], { inquiries6m: 0, partnerIds: [] }, NOTHING_DECLARED, TODAY);
    expect(input).toEqual({ id_cliente: 'c9', historico_pagamentos: [], consultas_ultimos_6m: 0, inadimplencias_registradas_5a: 0, emprestimos_ativos: [] });
  });
});
