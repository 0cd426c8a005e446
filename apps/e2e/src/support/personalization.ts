import Big from 'big.js';
import { CounterpartsClient, type PersonalizationClient, randomCpfScoring } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { activeContract, type ActiveContract, servicing } from './contracts';
import { e2eIdentity } from './identity';
import { e2eStack } from './stack';

/** Seed 004's worked retiree: what they told the platform when they registered, carried by every proposal to credit analysis. */
export const RETIREE = { income: '5000.00', expenses: '1500.00', score: 750 } as const;

/**
 * A DIGITAL retiree scored 750 (CPF chosen for the deterministic provider), income 5000 and
 * expenses 1500, with an INSS consignado of R$ 3.000,00 in 12 months CONTRACTED the way every
 * journey does (documents, analysis, CCB accepted, averbação) — and projected by credit analysis.
 */
export async function retireeWithContract(): Promise<ActiveContract> {
  const cpf = randomCpfScoring(RETIREE.score);
  // A benefit Dataprev values at the income or more: its 35% margin holds the contract and the offers made after it.
  const benefitNumber = await new CounterpartsClient(e2eStack().urls).benefitWorth(cpf, RETIREE.income);
  const a = await activeContract('digital', '3000.00', 12, { cpf, benefitNumber, benefitValue: RETIREE.income, monthlyExpenses: RETIREE.expenses });
  await waitFor(async () => ((await servicing().contractPosition(a.contractId)).status === 200 ? true : undefined), { description: 'the contract projected by credit analysis', timeoutMs: 60_000 });
  return a;
}

/** Credit personalization as the customer logged in with `cpf` (their own token). */
export function personalization(cpf: string): PersonalizationClient {
  return e2eIdentity().personalization(e2eStack().urls, { cpf });
}

/** Seed 004's ratios are r4, half up (PROFILE.md): `part / whole` as the JSON number the profile prints. */
export const r4 = (part: string, whole: string): number => Number(new Big(part).div(whole).round(4, Big.roundHalfUp));
