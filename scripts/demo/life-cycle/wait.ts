import { type ChannelClient, FINAL_PROPOSAL_STATES, followProposal } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { type Json, type LifeCycleContext, type Log, servicing } from './context';

/** Polls loan's contract view (valued on `date`, today by default) until `ready` holds (60 s at most). */
export function contractWhen(ctx: LifeCycleContext, contractId: string, ready: (c: Json) => boolean, description: string, date?: string): Promise<Json> {
  return waitFor(async () => {
    const res = await servicing(ctx).contract(contractId, date);
    return res.status === 200 && ready(res.body) ? res.body : undefined;
  }, { description, timeoutMs: 60_000, intervalMs: 250 });
}

/** Follows a proposal to a final state, printing each state and, when it was refused, why. */
export async function follow(log: Log, client: ChannelClient, proposalId: string, tag: string): Promise<Json> {
  const final: Json = await followProposal(client, proposalId, FINAL_PROPOSAL_STATES, ({ state }) => log(`${tag} → ${state}`), 180_000);
  const reasons: Json[] = final['decision']?.['reasons'] ?? [];
  for (const reason of reasons.filter((r) => r['passed'] === false)) log(`${tag}   motivo: ${reason['message']}`);
  const failure = final['portability']?.['failure'];
  if (failure) log(`${tag}   motivo: ${failure['message']}`);
  return final;
}
