import { DEFAULT_PARAMETERS } from '@consignado/finance';
import type { ContractProps } from '../contract-props';
import { requiresAverbation } from '../contract-vocabulary';
import { REGRET_WINDOW_DAYS } from '../regret-window';
import type { CcbClause } from './ccb-content';
import { brl, fractionAsPercent } from './pt-br';

/** INSS consignado: the customer authorises the deduction of the installment from the benefit (Lei 10.820/2003). */
const payrollDeduction = (c: ContractProps): CcbClause => ({
  heading: 'Autorização de desconto em folha',
  text: `O devedor autoriza, em caráter irrevogável e irretratável enquanto houver saldo devedor, o desconto mensal da parcela de ${brl(c.terms.installmentAmount)} em seu benefício previdenciário pelo INSS, e a averbação desta operação na Dataprev (Lei 10.820/2003).`,
});

/** Late charges as loan charges them (late-charges-policy.ts): finance's parameters in force on the contract date. */
function lateCharges(c: ContractProps): CcbClause {
  const version = DEFAULT_PARAMETERS.lateCharges.at(c.terms.contractDate);
  if (!version.ok) throw version.error; // undated parameters: a missing version is a broken catalogue
  const { fineRate, moraDailyRate } = version.value.value;
  return {
    heading: 'Encargos por atraso',
    text: `Parcela paga após o vencimento: multa de ${fractionAsPercent(fineRate)} sobre a parcela, uma vez, e juros de mora de ${fractionAsPercent(moraDailyRate)} ao dia de atraso (CDC art. 52 §1; parâmetros ${version.value.id}).`,
  };
}

const regret: CcbClause = {
  heading: 'Direito de arrependimento',
  text: `O devedor pode desistir da contratação em até ${REGRET_WINDOW_DAYS} dias corridos da contratação, sem qualquer ônus, devolvendo o valor liberado, sem cobrança de juros nem de IOF (CDC art. 49).`,
};

const earlySettlement: CcbClause = {
  heading: 'Liquidação antecipada',
  text: 'O devedor pode liquidar o saldo devedor, total ou parcialmente, antes do vencimento, com redução proporcional dos juros (CDC art. 52 §2).',
};

/** The clauses, in order: deduction (INSS), late charges, early settlement, right of regret. */
export function ccbClauses(c: ContractProps): CcbClause[] {
  return [...(requiresAverbation(c.product) ? [payrollDeduction(c)] : []), lateCharges(c), earlySettlement, regret];
}
