/** A recommend input: baixo, conservador, excelente, renda 10000, despesas 4000 (pm 3000). */
export function recommendInput(perfil: Record<string, unknown> = {}, metrics: Record<string, unknown> = {}, data: Record<string, unknown> = {}) {
  return {
    perfil: {
      perfil_financeiro: 'conservador',
      historico_credito_classificacao: 'excelente',
      risco_credito: 'baixo',
      metrics: { DTI: 0.1, utilizacao_credito: 0.1, pct_pagto_em_dia: 1, dias_atraso_max: 0, consultas_ultimos_6m: 1, inadimplencias_5a: 0, ...metrics },
      dados_suficientes: true,
      id_cliente: 'cli-1',
      ...perfil,
    },
    renda_mensal_bruta: 10000,
    despesas_mensais: 4000,
    renda_formal: false,
    tempo_emprego_meses: 6,
    ...data,
  };
}
