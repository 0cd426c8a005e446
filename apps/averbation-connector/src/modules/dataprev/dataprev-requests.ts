import type { AlterationOrder, AlterationReason, RegistrationOrder } from './dataprev.types';

type Json = Record<string, unknown>;

const OPERATION = { NEW: 'NOVO', REFINANCING: 'REFINANCIAMENTO', PORTABILITY: 'PORTABILIDADE' } as const;
const REASON: Readonly<Record<AlterationReason, string>> = { EXTRA_AMORTIZATION: 'AMORTIZACAO_EXTRAORDINARIA', RENEGOTIATION: 'RENEGOCIACAO' };

/** The register request in Dataprev's words (seed 003 §5.1 "Averbar Contrato"). */
export function registrationBody(order: RegistrationOrder): Json {
  const origin = order.portabilityOrigin;
  return {
    contratoId: order.contractId,
    numeroBeneficio: order.benefitNumber,
    cpf: order.cpf,
    valorParcela: order.installmentAmount,
    quantidadeParcelas: order.termMonths,
    dataInicioDesconto: order.firstDueDate,
    tipoOperacao: OPERATION[order.operationType],
    ...(order.refinancedContractId ? { contratoRefinanciadoId: order.refinancedContractId } : {}),
    ...(origin ? { instituicaoOrigemIspb: origin.originInstitutionIspb, contratoOrigem: origin.originContractNumber } : {}),
  };
}

/** The alteration request in Dataprev's words ("Alterar contrato"); the protocol goes in the path. */
export function alterationBody(order: AlterationOrder): Json {
  return { valorParcela: order.installmentAmount, quantidadeParcelas: order.termMonths, motivo: REASON[order.reason] };
}
