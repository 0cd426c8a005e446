/**
 * `npm run bench:profile`: throughput and per-call latency of RF1 (financialProfile), RF2
 * (recommendProduct) and the pair, over a few thousand varied clients. Figures only, no limits.
 */
import { financialProfile, recommendProduct } from '../src/index';

/** A small deterministic generator (LCG), so every run measures the same inputs. */
let seed = 20261201;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const money = (lo: number, hi: number): string => (int(lo * 100, hi * 100) / 100).toFixed(2);

function client(k: number): Record<string, unknown> {
  const renda = int(1000, 30000);
  const history = Array.from({ length: int(0, 60) }, () => ({ dias_atraso: rand() < 0.93 ? 0 : int(1, 45) }));
  return {
    id_cliente: `cli-${k}`,
    renda_mensal_bruta: renda,
    despesas_mensais: money(renda * 0.2, renda * 1.1),
    limite_total_cartoes: int(0, 40000),
    saldo_devedor_cartoes: money(0, 30000),
    historico_pagamentos: history,
    consultas_ultimos_6m: int(0, 8),
    inadimplencias_registradas_5a: rand() < 0.8 ? 0 : int(1, 3),
    emprestimos_ativos: Array.from({ length: int(0, 3) }, () => ({ parcela_mensal: money(50, renda * 0.3) })),
    ...(rand() < 0.5 ? { score_externo: int(300, 950) } : {}),
  };
}

const PRIORITIES = [undefined, 'parcela_baixa', 'prazo_curto', 'limite_maior', 'juros_baixos'];
function complement(c: Record<string, unknown>): Record<string, unknown> {
  return {
    renda_mensal_bruta: c['renda_mensal_bruta'],
    despesas_mensais: c['despesas_mensais'],
    renda_formal: rand() < 0.6,
    tempo_emprego_meses: int(0, 120),
    parcela_total_mensal: money(0, 5000),
    saldo_devedor_total: rand() < 0.5 ? money(1000, 100000) : undefined,
    taxa_estimada_atual: rand() < 0.5 ? (int(100, 900) / 10000).toFixed(4) : undefined,
    feedback: { prioridade: PRIORITIES[int(0, 4)] },
  };
}

const N = 4000;
const clients = Array.from({ length: N }, (_, k) => client(k));
const extras = clients.map(complement);
const profiles = clients.map(financialProfile);
const requests = profiles.map((perfil, k) => ({ ...extras[k], perfil }));

/** Latencies in µs of fn over every input, after one warm-up pass. */
function measure(fn: (k: number) => unknown): number[] {
  for (let k = 0; k < N; k++) fn(k);
  return Array.from({ length: N }, (_, k) => {
    const start = process.hrtime.bigint();
    fn(k);
    return Number(process.hrtime.bigint() - start) / 1000;
  });
}

function report(label: string, latencies: number[]): void {
  const sorted = [...latencies].sort((a, b) => a - b);
  const total = sorted.reduce((s, x) => s + x, 0);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
  console.log(`${label}: ${Math.round((sorted.length / total) * 1e6).toLocaleString('en-US')}/s, p50 ${at(0.5)} µs, p99 ${at(0.99)} µs (${sorted.length} calls)`);
}

report('profiles (RF1 financialProfile)', measure((k) => financialProfile(clients[k])));
report('recommendations (RF2 recommendProduct)', measure((k) => recommendProduct(requests[k])));
report('profile + recommendation pairs', measure((k) => recommendProduct({ ...extras[k], perfil: financialProfile(clients[k]) })));
