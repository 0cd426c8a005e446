import { br, brRate } from '../format';
import type { Json } from './context';

/** A seed figure (a JSON number, display only) as money: 9000 → "R$ 9.000,00". */
const money = (n: number | null): string => (n === null ? '—' : br(n.toFixed(2)));
/** "9.56" (a percentage the API gives) → "9,56%". */
const percent = (p: string): string => `${p.replace('.', ',')}%`;

/** The profile in one line and its reasons: classes, DTI (never the income it came from), where the data came from. */
export function profileLines(view: Json): string[] {
  const p: Json = view['profile'];
  const bySource = new Map<string, string[]>();
  for (const [field, source] of Object.entries(view['sources'] as Record<string, string>)) bySource.set(source, [...(bySource.get(source) ?? []), field]);
  return [
    `perfil ${p['perfil_financeiro']} · histórico ${p['historico_credito_classificacao']} · risco ${p['risco_credito']} · DTI ${String(p['metrics']['DTI']).replace('.', ',')} (parcelas ÷ renda)`,
    `  motivos: ${(p['motivos_classificacao'] as string[]).join('; ')}`,
    ...[...bySource].map(([source, fields]) => `  ${{ PLATFORM: 'da plataforma', DECLARED: 'declarado', 'PLATFORM+DECLARED': 'plataforma + declarado' }[source] ?? source}: ${fields.join(', ')}`),
  ];
}

/** The seed's recommendation of a round: product, parameters (estimated at the seed's rate), alternatives. */
export function seedLine(round: Json): string {
  const r: Json = round['recommendation'];
  const o: Json = r['parametros_oferta'];
  const loan = o['valor_credito'] !== null && `${money(o['valor_credito'])} em ${o['prazo_meses']}× de ${money(o['parcela_estimada'])} a ${brRate(String(o['taxa_juros_mensal_aproximada']))}`;
  const terms = loan || (o['limite_sugerido'] !== null ? `limite sugerido ${money(o['limite_sugerido'])}` : 'sem parâmetros');
  return `rodada ${round['round']}: ${r['produto_recomendado'] ?? 'nenhum produto'} — ${terms} (estimativa do seed); alternativas: ${(r['alternativas'] as string[]).join(', ') || 'nenhuma'}`;
}

/** Each loan priced and approved by credit analysis's rules, and what its policy withheld. */
export function offerLines(round: Json): string[] {
  const offers = (round['offers'] as Json[]).map((o) =>
    `  oferta ${o['product']} (${o['seedProduct']}): ${br(o['releasedAmount'])} liberados, ${o['termMonths']}× ${br(o['installmentAmount'])} a ${brRate(o['monthlyRate'])}, CET ${percent(o['cetMonthlyPercent'])} a.m. (${percent(o['cetAnnualPercent'])} a.a.)`);
  const withheld = (round['withheld'] as Json[]).map((w) => `  retido pela política: ${w['product']} — ${(w['reasons'] as Json[]).map((r) => r['message']).join(' ')}`);
  return [...offers, ...withheld];
}

/** What one round changed from the one before: the product, its term and installment, the offers. */
export function changeLine(before: Json, after: Json): string {
  const [b, a]: Json[] = [before['recommendation'], after['recommendation']];
  const offers = (round: Json) => (round['offers'] as Json[]).map((o) => `${o['product']} ${o['termMonths']}×`).join(', ') || 'nenhuma';
  const changed = [
    b['produto_recomendado'] !== a['produto_recomendado'] && `produto ${b['produto_recomendado']} → ${a['produto_recomendado']}`,
    b['parametros_oferta']['prazo_meses'] !== a['parametros_oferta']['prazo_meses'] && `prazo ${b['parametros_oferta']['prazo_meses']} → ${a['parametros_oferta']['prazo_meses']} meses`,
    b['parametros_oferta']['parcela_estimada'] !== a['parametros_oferta']['parcela_estimada'] && `parcela estimada ${money(b['parametros_oferta']['parcela_estimada'])} → ${money(a['parametros_oferta']['parcela_estimada'])}`,
    offers(before) !== offers(after) && `ofertas ${offers(before)} → ${offers(after)}`,
  ].filter(Boolean);
  return `mudou: ${changed.join('; ') || 'nada'}`;
}
