import { Decimal } from '../decimal/dec';
import { Fields, isRecord, readCount, readDecimal, readMoney, readRate } from '../input/read';
import { FINANCIAL_PROFILES, HISTORY_CLASSES, HistoryClass, ProfileClass, RISK_LEVELS, RiskLevel, inputError, ProfileInputError } from '../types';
import { FeedbackChoices, readFeedback } from './feedback';

/** Everything RF2 reads, parsed once: perfil (RF1 output, metrics as given) and complementary data. */
export interface RecommendRequest {
  idCliente: string | null;
  perfil: ProfileClass;
  historico: HistoryClass;
  risco: RiskLevel;
  dadosSuficientes: boolean;
  dti: Decimal | null;
  util: Decimal | null;
  pct: Decimal | null;
  inad: Decimal | null;
  renda: Decimal | null;
  despesas: Decimal | null;
  limiteEstimado: Decimal | null;
  rendaFormal: boolean;
  tempoEmprego: Decimal | null;
  parcelaTotal: Decimal | null;
  saldoDevedor: Decimal | null;
  taxaAtual: Decimal | null;
  feedback: FeedbackChoices;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T => values.includes(value as T);

/** A perfil is usable when its three classes and dados_suficientes are valid (PROFILE.md "Command"). */
function validPerfil(perfil: unknown): perfil is Fields {
  return (
    isRecord(perfil) &&
    oneOf(FINANCIAL_PROFILES, perfil['perfil_financeiro']) &&
    oneOf(HISTORY_CLASSES, perfil['historico_credito_classificacao']) &&
    oneOf(RISK_LEVELS, perfil['risco_credito']) &&
    typeof perfil['dados_suficientes'] === 'boolean'
  );
}

/** Parses the recommend input, or the contract's INVALID_INPUT error. */
export function readRecommendRequest(input: unknown): RecommendRequest | ProfileInputError {
  if (!isRecord(input)) return inputError('INVALID_INPUT', 'input deve ser um objeto');
  const perfil = input['perfil'];
  if (!validPerfil(perfil)) return inputError('INVALID_INPUT', 'perfil ausente ou inválido');
  const metrics = isRecord(perfil['metrics']) ? perfil['metrics'] : {};
  return {
    idCliente: typeof perfil['id_cliente'] === 'string' ? perfil['id_cliente'] : null,
    perfil: perfil['perfil_financeiro'] as ProfileClass,
    historico: perfil['historico_credito_classificacao'] as HistoryClass,
    risco: perfil['risco_credito'] as RiskLevel,
    dadosSuficientes: perfil['dados_suficientes'] === true,
    dti: readDecimal(metrics['DTI']),
    util: readDecimal(metrics['utilizacao_credito']),
    pct: readDecimal(metrics['pct_pagto_em_dia']),
    inad: readCount(metrics['inadimplencias_5a']),
    renda: readMoney(input['renda_mensal_bruta']),
    despesas: readMoney(input['despesas_mensais']),
    limiteEstimado: readMoney(input['limite_total_estimada']),
    rendaFormal: input['renda_formal'] === true,
    tempoEmprego: readCount(input['tempo_emprego_meses']),
    parcelaTotal: readMoney(input['parcela_total_mensal']),
    saldoDevedor: readMoney(input['saldo_devedor_total']),
    taxaAtual: readRate(input['taxa_estimada_atual']),
    feedback: readFeedback(input['feedback']),
  };
}
