import { annualRate } from '@consignado/finance';
import type { ContractProps } from '../contract-props';
import type { CcbSection } from './ccb-content';
import { brl, fractionAsPercent, percent, ptDate } from './pt-br';

/** The approved terms: amounts, rates (monthly and the equivalent annual, finance's annualRate), CET, term and total. */
export function termsSection(c: ContractProps): CcbSection {
  const t = c.terms;
  return {
    heading: 'Condições da operação',
    lines: [
      ['Valor liberado', brl(t.releasedAmount)], ['Valor financiado', brl(t.financedAmount)], ['IOF', brl(t.iof)],
      ['Seguro prestamista (prêmio)', brl(t.insurance)],
      ['Taxa de juros mensal', `${fractionAsPercent(t.monthlyRate.toDecimal())} a.m.`],
      ['Taxa de juros anual equivalente', `${fractionAsPercent(annualRate(t.monthlyRate))} a.a.`],
      ['CET mensal', `${percent(t.cetMonthlyPercent)} a.m.`], ['CET anual', `${percent(t.cetAnnualPercent)} a.a.`],
      ['Data do contrato', ptDate(t.contractDate)], ['Prazo', `${t.term.months} meses`], ['Valor da parcela', brl(t.installmentAmount)],
      ['Vencimento da 1ª parcela', ptDate(t.firstDueDate)], ['Valor total a pagar', brl(t.totalPayable)],
    ],
  };
}

/** What the operation adds: the contract a refinancing replaces, the origin of a portability, the policy of an insured contract. */
export function operationSections(c: ContractProps): CcbSection[] {
  const sections: CcbSection[] = [];
  const { refinancing: r, portability: p, policy } = c;
  if (r) {
    sections.push({
      heading: 'Refinanciamento',
      lines: [['Contrato refinanciado', r.contractId], ['Data da quitação', ptDate(r.payoffDate)], ['Valor da quitação', brl(r.payoff)], ['Troco liberado ao cliente', brl(r.troco)]],
    });
  }
  if (p) {
    sections.push({
      heading: 'Portabilidade',
      lines: [['Instituição de origem (ISPB)', p.originInstitutionIspb], ['Contrato de origem', p.originContractNumber], ['Número da portabilidade (NU)', p.portabilityNumber], ['Saldo devedor na origem', brl(p.balance)], ['Data do saldo', ptDate(p.balanceDate)]],
    });
  }
  if (policy) sections.push({ heading: 'Seguro prestamista', lines: [['Seguradora', policy.insurer], ['Apólice', policy.policyNumber], ['Prêmio financiado', brl(policy.premium)]] });
  return sections;
}
