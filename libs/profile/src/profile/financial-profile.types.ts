import { HistoryClass, ProfileClass, RequiredField, RiskLevel } from '../types';

/** RF1 metrics: ratios r4, counts as given; null when the data to compute them is absent. */
export interface ProfileMetrics {
  DTI: number | null;
  utilizacao_credito: number | null;
  pct_pagto_em_dia: number | null;
  dias_atraso_max: number | null;
  consultas_ultimos_6m: number | null;
  inadimplencias_5a: number | null;
}

/** RF1 output in the seed's shape (PROFILE.md RF1). */
export interface FinancialProfile {
  perfil_financeiro: ProfileClass;
  historico_credito_classificacao: HistoryClass;
  risco_credito: RiskLevel;
  metrics: ProfileMetrics;
  dados_suficientes: boolean;
  campos_faltantes: RequiredField[];
  motivos_classificacao: string[];
  id_cliente: string | null;
}
