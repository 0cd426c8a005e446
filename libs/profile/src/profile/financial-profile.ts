import { Decimal, toJson } from '../decimal/dec';
import { Fields, isRecord, readCount, readDecimal, readMoney } from '../input/read';
import { ProfileFacts } from './facts';
import { FinancialProfile, ProfileMetrics } from './financial-profile.types';
import { classifyHistory } from './historico';
import { classificationReasons } from './motivos';
import { missingFields } from './required-fields';
import { classifyProfile } from './perfil';
import { adjustForScore, classifyRisk } from './risco';
import { creditUtilization, debtToIncome, installmentTotal, paymentStats } from './metrics';

const EMPTY: Fields = {};

function factsOf(input: Fields): ProfileFacts {
  const payments = paymentStats(input['historico_pagamentos']);
  return {
    dti: debtToIncome(installmentTotal(input['emprestimos_ativos']), readMoney(input['renda_mensal_bruta'])),
    util: creditUtilization(readMoney(input['saldo_devedor_cartoes']), readMoney(input['limite_total_cartoes'])),
    pct: payments.pct,
    maxDelay: payments.maxDelay,
    consultas: readCount(input['consultas_ultimos_6m']),
    inad: readCount(input['inadimplencias_registradas_5a']),
    score: readDecimal(input['score_externo']),
  };
}

const num = (x: Decimal | null): number | null => (x === null ? null : toJson(x));
const metricsOf = (f: ProfileFacts): ProfileMetrics => ({
  DTI: num(f.dti),
  utilizacao_credito: num(f.util),
  pct_pagto_em_dia: num(f.pct),
  dias_atraso_max: num(f.maxDelay),
  consultas_ultimos_6m: num(f.consultas),
  inadimplencias_5a: num(f.inad),
});

/**
 * RF1 (seed 004, PROFILE.md): the financial profile, credit-history class and risk of one client.
 * Total: invalid or missing fields are absent (listed in campos_faltantes when required) and
 * everything computable is still computed; a non-object input reads as one with no fields.
 */
export function financialProfile(input: unknown): FinancialProfile {
  const fields = isRecord(input) ? input : EMPTY;
  const facts = factsOf(fields);
  const history = classifyHistory(facts);
  const missing = missingFields(fields);
  return {
    perfil_financeiro: classifyProfile(facts, history),
    historico_credito_classificacao: history,
    risco_credito: adjustForScore(classifyRisk(facts, history), facts),
    metrics: metricsOf(facts),
    dados_suficientes: missing.length === 0,
    campos_faltantes: missing,
    motivos_classificacao: classificationReasons(facts),
    id_cliente: typeof fields['id_cliente'] === 'string' ? fields['id_cliente'] : null,
  };
}
