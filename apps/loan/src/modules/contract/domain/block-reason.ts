import type { PayloadOf } from '@consignado/contracts';

/** Why staff block a contract (seed 003 §4.9): court order, suspected fraud, the beneficiary's death. */
export type ContractBlockReason = PayloadOf<'ContractBlocked'>['reason'];

/** pt-BR names of the reasons, for messages. */
export const BLOCK_REASON_PT: Readonly<Record<ContractBlockReason, string>> = {
  JUDICIAL_ORDER: 'ordem judicial',
  FRAUD_SUSPECTED: 'suspeita de fraude',
  DEATH: 'óbito do beneficiário',
};
