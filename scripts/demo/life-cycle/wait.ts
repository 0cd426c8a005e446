import { type ChannelClient, FINAL_PROPOSAL_STATES, type FormalizationStep, followProposal } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { type Json, type LifeCycleContext, type Log, servicing } from './context';

/** Polls loan's contract view (valued on `date`, today by default) until `ready` holds (60 s at most). */
export function contractWhen(ctx: LifeCycleContext, contractId: string, ready: (c: Json) => boolean, description: string, date?: string): Promise<Json> {
  return waitFor(async () => {
    const res = await servicing(ctx).contract(contractId, date);
    return res.status === 200 && ready(res.body) ? res.body : undefined;
  }, { description, timeoutMs: 60_000, intervalMs: 250 });
}

/** How a formalization step reads in a journey's lines: the CCB read from loan (size, hash), then who accepted it, on which channel. */
export function formalizationLine(step: FormalizationStep): string {
  if (step.kind === 'read') return `CCB lida no loan: ${step.bytes.toLocaleString('pt-BR')} bytes, SHA-256 ${step.documentHash.slice(0, 12)}… (confere com a proposta)`;
  const { acceptedBy, channel } = step.acceptance;
  const who = { DIGITAL: 'pelo cliente', CORBAN: 'pelo correspondente', INTERNAL: 'pelo operador' }[String(channel)] ?? 'por';
  return `aceite da CCB ${step.documentHash.slice(0, 12)}… ${who} ${String(acceptedBy ?? '?')}, canal ${String(channel ?? '?')}`;
}

/**
 * Follows a proposal to a final state, printing each state and, when it was refused, why. An
 * approved proposal's contract is formalized on the way as its customer would (R-LN-9): the CCB
 * read from loan and checked against the proposal's hash, then accepted — both printed.
 */
export async function follow(log: Log, client: ChannelClient, proposalId: string, tag: string): Promise<Json> {
  const final: Json = await followProposal(client, proposalId, FINAL_PROPOSAL_STATES, ({ state }) => log(`${tag} → ${state}`), 180_000, {
    onFormalization: (step) => log(`${tag}   ${formalizationLine(step)}`),
  });
  const reasons: Json[] = final['decision']?.['reasons'] ?? [];
  for (const reason of reasons.filter((r) => r['passed'] === false)) log(`${tag}   motivo: ${reason['message']}`);
  const failure = final['portability']?.['failure'];
  if (failure) log(`${tag}   motivo: ${failure['message']}`);
  return final;
}
