import { handWorkedApproval, inssApproval, portabilityApproval, refinancingApproval } from '../../../../../test/fixtures/approvals';
import { CONTRACT_ID, NOW } from '../../../../../test/fixtures/contracts';
import { Contract, type CreditApproval } from '../contract';
import { ccbContent, type CcbContent } from './ccb-content';
import { brl, percent, ptDate } from './pt-br';

const CPF = '52998224725';

function contentOf(approval: CreditApproval): CcbContent {
  const result = Contract.book(approval, CONTRACT_ID, NOW);
  if (!result.ok) throw result.error;
  return ccbContent(result.value.snapshot, CPF, NOW);
}

const lines = (c: CcbContent) => Object.fromEntries(c.sections.flatMap((s) => s.lines));
const text = (c: CcbContent) => JSON.stringify(c);

describe('CCB content (R-LN-9)', () => {
  it('formats money, percents and dates in pt-BR without floats', () => {
    expect([brl('1234567.89'), brl('0.05'), brl('-5.00'), brl('346.75')]).toEqual(['R$ 1.234.567,89', 'R$ 0,05', '-R$ 5,00', 'R$ 346,75']);
    expect([percent('1.95'), percent('26.040'), percent('0.033'), percent('203.94')]).toEqual(['1,95%', '26,04%', '0,033%', '203,94%']);
    expect(ptDate('2026-04-10')).toBe('10/04/2026');
  });

  it('identifies the parties by customer id and masked CPF only', () => {
    const content = contentOf(handWorkedApproval());
    expect(content.title).toBe('Cédula de Crédito Bancário');
    expect(lines(content)).toMatchObject({ 'Número da CCB': CONTRACT_ID, 'Data de emissão': '10/04/2026', 'CPF do devedor': '***.982.247-**', Canal: 'Digital (aplicativo do cliente)', Produto: 'Crédito pessoal', Operação: 'Contratação nova' });
    expect(text(content)).not.toContain(CPF);
  });

  it('states the terms: amounts, monthly and equivalent annual rate, CET, term, installment, total', () => {
    expect(lines(contentOf(handWorkedApproval()))).toMatchObject({
      'Valor liberado': 'R$ 1.000,00', 'Valor financiado': 'R$ 1.000,00', IOF: 'R$ 0,00', 'Seguro prestamista (prêmio)': 'R$ 0,00',
      'Taxa de juros mensal': '2,00% a.m.', 'Taxa de juros anual equivalente': '26,8242% a.a.', 'CET mensal': '2,00% a.m.', 'CET anual': '26,82% a.a.',
      Prazo: '3 meses', 'Valor da parcela': 'R$ 346,75', 'Vencimento da 1ª parcela': '10/05/2026', 'Valor total a pagar': 'R$ 1.040,27',
    });
  });

  it('prints the booked schedule row by row with its totals', () => {
    const { schedule } = contentOf(handWorkedApproval());
    expect(schedule.columns).toEqual(['Nº', 'Vencimento', 'Parcela', 'Juros', 'Amortização', 'Saldo devedor']);
    expect(schedule.rows).toEqual([
      ['1', '10/05/2026', 'R$ 346,75', 'R$ 20,00', 'R$ 326,75', 'R$ 673,25'],
      ['2', '10/06/2026', 'R$ 346,75', 'R$ 13,47', 'R$ 333,28', 'R$ 339,97'],
      ['3', '10/07/2026', 'R$ 346,77', 'R$ 6,80', 'R$ 339,97', 'R$ 0,00'],
    ]);
    expect(schedule.total).toEqual(['Total', '', 'R$ 1.040,27', 'R$ 40,27', 'R$ 1.000,00', '']);
    expect(contentOf(inssApproval()).schedule.rows).toHaveLength(96);
  });

  it('has the late charges, early settlement and regret clauses; INSS adds the payroll deduction authorization', () => {
    const personal = contentOf(handWorkedApproval()).clauses.map((c) => c.heading);
    expect(personal).toEqual(['Encargos por atraso', 'Liquidação antecipada', 'Direito de arrependimento']);
    const inss = contentOf(inssApproval()).clauses;
    expect(inss[0].heading).toBe('Autorização de desconto em folha');
    expect(inss[1].text).toContain('multa de 2,00% sobre a parcela, uma vez, e juros de mora de 0,033% ao dia');
    expect(inss[1].text).toContain('LATE-2-0.033');
    expect(inss[3].text).toContain('7 dias corridos');
    expect(inss[3].text).toContain('CDC art. 49');
    expect(contentOf(inssApproval()).footer).toContain('INSS-CAP-2025-04');
  });

  it('names the refinanced contract with its payoff and troco, and the portability origin with its balance', () => {
    const old = { id: 'a1b2c3d4-0000-4000-8000-000000000001', customerId: 'a1b2c3d4-0000-4000-8000-000000000002' };
    expect(lines(contentOf(refinancingApproval(old)))).toMatchObject({ 'Contrato refinanciado': old.id, 'Valor da quitação': 'R$ 900,00', 'Troco liberado ao cliente': 'R$ 100,00' });
    expect(lines(contentOf(portabilityApproval()))).toMatchObject({ 'Instituição de origem (ISPB)': '60746948', 'Saldo devedor na origem': 'R$ 10.342,09', 'Data do saldo': '09/03/2026' });
  });
});
