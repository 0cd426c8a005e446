import { Cpf, Money, MonthlyRate } from '@consignado/finance';
import type { Counterparts } from './counterparts';
import type { OriginBehaviour, SimulatedContract } from './simulated-bank';

/** Test data for the simulated banks (not used by the app): the contract of portability.fixture. */
export const contract = (behaviour: OriginBehaviour, overrides: Partial<SimulatedContract> = {}): SimulatedContract => ({
  ispb: '99100001',
  contractNumber: 'CT-778',
  cpf: Cpf.of('52998224725'),
  balance: Money.of('10234.56'),
  remainingInstallments: 60,
  installment: Money.of('310.00'),
  monthlyRate: MonthlyRate.of('0.0214'),
  behaviour,
  answerDelayMs: 1_000,
  settlementDelayMs: 2_000,
  ...overrides,
});

export const simulatedOrigin = (behaviour: OriginBehaviour, overrides: Partial<SimulatedContract> = {}): Counterparts => ({
  originSimulated: true,
  contract: contract(behaviour, overrides),
  defaultDelayMs: 500,
});
