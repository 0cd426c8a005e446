import type { Cpf } from '@consignado/finance';
import type { SimulatedContract, SimulatedDestination } from './simulated-bank';

/** Who, on each side of a portability, is simulated by the mock and how it behaves. */
export interface Counterparts {
  /** The origin is a simulated bank (its ISPB is no participant's). */
  readonly originSimulated: boolean;
  /** Its contract, when it has one with this number. */
  readonly contract?: SimulatedContract;
  readonly destination?: SimulatedDestination;
  /** The pace of a simulated bank with no delay of its own (an unknown contract). */
  readonly defaultDelayMs: number;
}

/** The simulated origin has the contract only when the customer is the same. */
export const contractFor = (c: Counterparts, cpf: Cpf): SimulatedContract | undefined => (c.contract?.cpf.equals(cpf) ? c.contract : undefined);
