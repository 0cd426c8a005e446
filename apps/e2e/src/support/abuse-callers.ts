import { randomUUID } from 'node:crypto';
import { type Caller, randomCpf } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { activeContract, servicing } from './contracts';
import { e2eIdentity } from './identity';
import { customer, inssCustomer } from './journey';

/** Who calls a route in the corpus: its rightful caller, or `public` for the open routes. */
export type CallerKey = 'corban' | 'internal' | 'ops' | 'payroll' | 'auditor' | 'privacy' | 'intruder' | 'public';

/** The victim's resources: what another customer's token must never reach. */
export interface Victim {
  customerId: string;
  proposalId: string;
  contractId: string;
  paymentId: string;
}

export interface Callers {
  /** Real access tokens by caller. */
  tokens: Record<Exclude<CallerKey, 'public'>, string>;
  victim: Victim;
}

const CALLERS: Record<Exclude<CallerKey, 'public' | 'intruder'>, Caller> = {
  corban: { client: 'corban-alpha' },
  internal: { client: 'internal-origination' },
  ops: { client: 'servicing-ops' },
  payroll: { client: 'payroll-source' },
  auditor: { staff: 'carla.auditora' },
  privacy: { client: 'privacy-office' },
};

/**
 * A victim customer with a proposal, an active contract and a payment of their own (the first
 * installment, paid on its due date with the business clock moved there and back), and an
 * intruder: another registered customer, whose token is used on the victim's ids.
 */
export async function abuseCallers(): Promise<Callers> {
  const maria = await activeContract('digital', '1800.00', 6);
  const due = maria.rows[0]['dueDate'] as string;
  await servicing().setBusinessDate(due);
  const paid = await servicing()
    .as(e2eIdentity().token({ cpf: maria.cpf }))
    .pay({ customerId: maria.customerId, contractId: maria.contractId, amount: maria.rows[0]['installment'], installments: [1], paymentDate: due }, randomUUID());
  await servicing().setBusinessDate(null);
  if (paid.status !== 201) throw new Error(`victim's payment refused ${paid.status}: ${JSON.stringify(paid.body)}`);
  const intruder = customer(randomCpf());
  await inssCustomer(intruder);
  const tokens = Object.fromEntries(
    await Promise.all([...Object.entries(CALLERS), ['intruder', { cpf: intruder.cpf }] as const].map(async ([key, caller]) => [key, await tokenOf(caller)])),
  ) as Callers['tokens'];
  await waitFor(async () => ((await servicing().contractPosition(maria.contractId)).status === 200 ? true : undefined), { description: "the victim's contract position" });
  return {
    tokens,
    victim: { customerId: maria.customerId, proposalId: String(maria.contract['proposalId']), contractId: maria.contractId, paymentId: String(paid.body['paymentId']) },
  };
}

async function tokenOf(caller: Caller): Promise<string> {
  const token = await e2eIdentity().token(caller)();
  if (!token) throw new Error(`no token for ${JSON.stringify(caller)}`);
  return token;
}
