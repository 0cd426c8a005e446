import { Recommendation } from './recommendation.types';
import { recommendProduct } from './recommend-product';
import { recommendInput } from './request.fixture';

type Args = Parameters<typeof recommendInput>;
const recommend = (...args: Args) => recommendProduct(recommendInput(...args)) as Recommendation;
const pick = (r: Recommendation) => [r.produto_recomendado, r.elegibilidade_preliminar.aprovado, r.alternativas];
const MODERADO = { risco_credito: 'moderado', perfil_financeiro: 'moderado' };

describe('decline (RF2 step 1, P-7)', () => {
  it.each<[Args, string]>([
    [[{ dados_suficientes: false }], 'dados insuficientes'],
    [[{}, {}, { renda_mensal_bruta: null }], 'dados insuficientes'],
    [[{}, {}, { despesas_mensais: -1 }], 'dados insuficientes'],
    [[{ risco_credito: 'alto' }, { inadimplencias_5a: 2, DTI: 0.55 }, { saldo_devedor_total: 60000, taxa_estimada_atual: 0.09 }], 'risco alto com 2 ou mais inadimplências em 5 anos'],
    [[{ risco_credito: 'alto' }, { DTI: 0.1 }], 'nenhum produto elegível'],
  ])('%p → %s', (args, motivo) => {
    const r = recommend(...args);
    expect([r.produto_recomendado, r.elegibilidade_preliminar, r.alternativas]).toEqual([null, { aprovado: false, motivo }, []]);
    expect(Object.values(r.parametros_oferta).every((v) => v === null)).toBe(true);
    expect(r.justificativa.length).toBeGreaterThanOrEqual(1);
  });

  it('does not decline rule 1 below 2 inadimplências or below alto', () => {
    expect(recommend({ risco_credito: 'alto' }, { inadimplencias_5a: 1, DTI: 0.55 }, { saldo_devedor_total: 60000, taxa_estimada_atual: 0.09 }).produto_recomendado).toBe('refinanciamento');
    expect(recommend({ risco_credito: 'moderado' }, { inadimplencias_5a: 2 }).produto_recomendado).toBe('emprestimo_pessoal');
  });
});

describe('ranking (RF2 step 5, P-14)', () => {
  it.each<[Args, unknown[]]>([
    [[], ['emprestimo_pessoal', true, ['cartao_gold', 'cartao_basico']]], // taxa 0.02, 0.04, 0.05, then null
    [[MODERADO, {}, { renda_formal: true, tempo_emprego_meses: 12 }], ['credito_consiginado', true, ['emprestimo_pessoal', 'cartao_basico']]],
    [[{}, {}, { feedback: { prioridade: 'limite_maior' } }], ['cartao_gold', true, ['cartao_basico', 'aumento_limite_cartao']]],
    [[MODERADO, {}, { feedback: { prioridade: 'limite_maior' } }], ['cartao_basico', true, ['emprestimo_pessoal']]],
    [[MODERADO, {}, { saldo_devedor_total: 15000, taxa_estimada_atual: 0.06, feedback: { prioridade: 'juros_baixos' } }], ['portabilidade_divida', true, ['emprestimo_pessoal', 'cartao_basico']]],
    // arrojado: debt relief first (portabilidade ties emprestimo at 0.02 and would otherwise follow it)
    [[{ perfil_financeiro: 'arrojado' }, { DTI: 0.42 }, { saldo_devedor_total: 30000, taxa_estimada_atual: 0.05, parcela_total_mensal: 4200 }], ['portabilidade_divida', true, ['emprestimo_pessoal', 'cartao_gold']]],
    [[{}, { DTI: 0.42 }, { saldo_devedor_total: 30000, taxa_estimada_atual: 0.05, parcela_total_mensal: 4200 }], ['emprestimo_pessoal', true, ['portabilidade_divida', 'cartao_gold']]],
    // feedback outranks the profile
    [[{ perfil_financeiro: 'arrojado' }, { DTI: 0.42 }, { saldo_devedor_total: 30000, taxa_estimada_atual: 0.05, feedback: { prioridade: 'limite_maior' } }], ['cartao_gold', true, ['cartao_basico', 'aumento_limite_cartao']]],
  ])('%p → %p', (args, expected) => {
    expect(pick(recommend(...args))).toEqual(expected);
  });
});

describe('feedback (RF2 step 6, P-15)', () => {
  it.each<[Args[2], unknown[]]>([
    [{ feedback: { produto_recusado: ['emprestimo_pessoal'] } }, ['cartao_gold', true, ['cartao_basico', 'limite_conta']]],
    [{ feedback: { produto_recusado: ['emprestimo_pessoal', 'cartao_basico', 'cartao_gold', 'aumento_limite_cartao'] } }, ['limite_conta', true, []]],
    [{ feedback: { produto_preferido: 'cartao_basico' } }, ['cartao_basico', true, ['emprestimo_pessoal', 'cartao_gold']]],
    [{ feedback: { produto_preferido: 'cartao_gold', produto_recusado: ['cartao_gold'] } }, ['emprestimo_pessoal', true, ['cartao_basico', 'limite_conta']]],
    [{ feedback: { prioridade: 'mais_barato', produto_preferido: 'cartao_platinum', produto_recusado: 'cartao_gold' } }, ['emprestimo_pessoal', true, ['cartao_gold', 'cartao_basico']]],
    [{ feedback: ['prazo_curto'] }, ['emprestimo_pessoal', true, ['cartao_gold', 'cartao_basico']]],
  ])('%p → %p', (data, expected) => {
    expect(pick(recommend({}, {}, data))).toEqual(expected);
  });

  it('names an ineligible preference without parameters, not approved, with eligible alternatives', () => {
    const r = recommend(MODERADO, {}, { feedback: { produto_preferido: 'cartao_gold' } });
    expect(pick(r)).toEqual(['cartao_gold', false, ['emprestimo_pessoal', 'cartao_basico']]);
    expect(r.elegibilidade_preliminar.motivo).toBe('cartao_gold incompatível: exige risco baixo');
    expect(Object.values(r.parametros_oferta).every((v) => v === null)).toBe(true);
  });

  it('applies parcela_baixa and prazo_curto to the loan (Python decimal PMT, see pmt.spec)', () => {
    expect(recommend(MODERADO, {}, { feedback: { prioridade: 'parcela_baixa' } }).parametros_oferta).toEqual({
      valor_credito: 18000, limite_sugerido: null, prazo_meses: 36, parcela_estimada: 887.11, taxa_juros_mensal_aproximada: 0.035,
    });
    expect(recommend({}, {}, { feedback: { prioridade: 'prazo_curto' } }).parametros_oferta).toMatchObject({ prazo_meses: 7, parcela_estimada: 2781.22 });
  });
});

describe('texts', () => {
  it('justifies with metrics and explains each product not offered', () => {
    const r = recommend(MODERADO, { DTI: 0.32 }, { renda_formal: true, tempo_emprego_meses: 6 });
    expect(r.justificativa).toEqual(['Risco=moderado', 'Perfil=moderado', 'Histórico=excelente', 'DTI=0.32', 'Parcela máxima=3000']);
    expect(r.restricoes).toContain('credito_consiginado: tempo_emprego < 12m');
    expect(r.restricoes).toContain('cartao_gold: exige risco baixo');
    expect(r.id_cliente).toBe('cli-1');
  });
});

describe('invalid input', () => {
  it.each([
    [[1, 2], 'input deve ser um objeto'],
    [{ renda_mensal_bruta: 1000 }, 'perfil ausente ou inválido'],
    [recommendInput({ risco_credito: 'medio' }), 'perfil ausente ou inválido'],
    [recommendInput({ dados_suficientes: 'true' }), 'perfil ausente ou inválido'],
  ])('%p → INVALID_INPUT', (input, message) => {
    expect(recommendProduct(input)).toEqual({ error: { code: 'INVALID_INPUT', message } });
  });
});
