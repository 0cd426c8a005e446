import { financialProfile } from './financial-profile';

const onTime = (n: number) => Array.from({ length: n }, () => ({ dias_atraso: 0 }));

/** A complete client: renda 10000, card 1000 of 10000, 50 payments on time, one loan of `parcela`. */
const client = (overrides: Record<string, unknown> = {}) => ({
  id_cliente: 'cli-1',
  renda_mensal_bruta: 10000,
  despesas_mensais: 4000,
  limite_total_cartoes: 10000,
  saldo_devedor_cartoes: 1000,
  historico_pagamentos: onTime(50),
  consultas_ultimos_6m: 1,
  inadimplencias_registradas_5a: 0,
  emprestimos_ativos: [{ parcela_mensal: 1000 }],
  ...overrides,
});

describe('financialProfile: rounding before comparing (P-1)', () => {
  it.each([
    [2500, 0.25, 'conservador'],
    [2500.4, 0.25, 'conservador'], // 0.25004 → 0.25
    [2500.5, 0.2501, 'moderado'], // 0.25005 → 0.2501 (half-up)
    [2500.045, 0.25, 'conservador'], // money r2 first: 2500.05 → 0.250005 → 0.25
  ])('parcela %p → DTI %p, %s', (parcela, dti, perfil) => {
    const p = financialProfile(client({ emprestimos_ativos: [{ parcela_mensal: parcela }] }));
    expect([p.metrics.DTI, p.perfil_financeiro]).toEqual([dti, perfil]);
  });

  it('caps utilização at 1, divides by max(limite, 1) and by max(renda, 1)', () => {
    expect(financialProfile(client({ saldo_devedor_cartoes: 15000 })).metrics.utilizacao_credito).toBe(1);
    expect(financialProfile(client({ limite_total_cartoes: 0, saldo_devedor_cartoes: 0.5 })).metrics.utilizacao_credito).toBe(0.5);
    expect(financialProfile(client({ renda_mensal_bruta: 0, emprestimos_ativos: [{ parcela_mensal: 0.3 }] })).metrics.DTI).toBe(0.3);
  });

  it('sums only valid installments and skips records without a valid dias_atraso (P-2)', () => {
    const loans = [{ parcela_mensal: 700 }, { parcela_mensal: -5 }, {}, 300, { parcela_mensal: '200.00' }, { parcela_mensal: [1] }];
    const history = [...onTime(9), { dias_atraso: '7' }, { dias_atraso: 2.5 }, { dias_atraso: -1 }, {}, 0, null];
    const p = financialProfile(client({ emprestimos_ativos: loans, historico_pagamentos: history }));
    expect(p.metrics).toMatchObject({ DTI: 0.09, pct_pagto_em_dia: 0.9, dias_atraso_max: 7 });
  });
});

describe('financialProfile: absent data', () => {
  it('lists the missing fields in the contract order, and still computes the rest', () => {
    const p = financialProfile({ id_cliente: 42, inadimplencias_registradas_5a: 1.5, consultas_ultimos_6m: '3', historico_pagamentos: {} });
    expect(p.campos_faltantes).toEqual([
      'renda_mensal_bruta', 'despesas_mensais', 'limite_total_cartoes', 'saldo_devedor_cartoes', 'historico_pagamentos', 'inadimplencias_registradas_5a',
    ]);
    expect(p).toMatchObject({ dados_suficientes: false, id_cliente: null, historico_credito_classificacao: 'regular' });
    expect(p.metrics).toEqual({ DTI: null, utilizacao_credito: null, pct_pagto_em_dia: null, dias_atraso_max: null, consultas_ultimos_6m: 3, inadimplencias_5a: null });
  });

  it.each([
    ['renda_mensal_bruta', -1],
    ['despesas_mensais', 'R$ 10'],
    ['limite_total_cartoes', null],
    ['saldo_devedor_cartoes', [1000]],
    ['historico_pagamentos', { dias_atraso: 0 }],
    ['consultas_ultimos_6m', 1.5],
    ['inadimplencias_registradas_5a', '1e0'],
  ])('%s = %p is absent', (field, value) => {
    const p = financialProfile(client({ [field]: value }));
    expect([p.dados_suficientes, p.campos_faltantes]).toEqual([false, [field]]);
  });

  it('reads a non-object input as one without fields', () => {
    expect(financialProfile([1, 2]).campos_faltantes).toHaveLength(7);
  });

  it('moves only risco with the score', () => {
    const p = financialProfile(client({ emprestimos_ativos: [{ parcela_mensal: 6000 }], score_externo: '760' }));
    expect([p.perfil_financeiro, p.historico_credito_classificacao, p.risco_credito]).toEqual(['arrojado', 'excelente', 'moderado']);
  });
});
