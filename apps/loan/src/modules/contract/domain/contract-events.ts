import type { PayloadOf } from '@consignado/contracts';

type Raised =
  | 'AverbationRequested'
  | 'ContractActivated'
  | 'ContractCancelled'
  | 'ContractSettled'
  | 'ContractAmended'
  | 'ContractPositionChanged'
  | 'ContractBlocked'
  | 'ContractUnblocked'
  | 'PortabilityTransferRequested'
  | 'InsuranceClaimRequested'
  | 'ContractIssued';

/** An event the Contract raised, with its payload as the catalogue defines it (libs/contracts). */
export type ContractEvent = { [K in Raised]: { type: K; payload: PayloadOf<K> } }[Raised];

export { averbationRequested, contractActivated, portabilityTransferRequested } from './events/origination-events';
export { contractCancelled, contractSettled } from './events/closing-events';
export { contractAmended } from './events/contract-amended';
export { contractPositionChanged } from './events/position-changed';
export { contractBlocked, contractUnblocked } from './events/block-events';
export { insuranceClaimRequested } from './events/insurance-events';
export { contractIssued } from './events/formalization-events';
