import { e2eStack } from './stack';

/** The mock insurer's admin key as the e2e stack starts it (its development default). */
const ADMIN_KEY = process.env['INSURER_ADMIN_API_KEY'] ?? 'insurer-admin-dev-key';

/** The mock insurer denies the next claim filed on this policy, with the reason given (its admin API). */
export async function denyNextClaim(reason: string, policyNumber: string): Promise<void> {
  const res = await fetch(`${e2eStack().urls['insurer-mock']}/admin/outcome-script`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-admin-key': ADMIN_KEY },
    body: JSON.stringify({ policyNumber, outcome: 'DENIED', reason, next: 1 }),
  });
  if (res.status !== 200 && res.status !== 201) throw new Error(`the mock insurer refused the outcome script: ${res.status} ${await res.text()}`);
}
