import type { EventContext } from '@consignado/eventing';
import type { Analysis } from '../domain/analysis';

/**
 * Publishes a decision in the consumer's transaction: CreditApproved with the priced terms and
 * every reason, or CreditRejected with the failed reasons only (notification lists them to the
 * customer). The audit API keeps all of them either way (R-CA-4).
 */
export async function publishDecision(analysis: Analysis, ctx: EventContext): Promise<void> {
  const s = analysis.snapshot();
  const a = s.application;
  if (!a || !s.parameterVersion) throw new Error(`analysis ${s.proposalId} has no decision to publish`);
  const common = { proposalId: a.proposalId, customerId: a.customerId, product: a.product, operationType: a.operationType, channel: a.channel };
  if (s.state === 'REJECTED') {
    await ctx.emit('CreditRejected', { payload: { ...common, reasons: analysis.failedReasons, parameterVersion: s.parameterVersion } });
    return;
  }
  if (s.state !== 'APPROVED' || !s.terms) throw new Error(`analysis ${s.proposalId} is ${s.state}, not decided`);
  await ctx.emit('CreditApproved', {
    payload: {
      ...common,
      cpf: a.cpf,
      ...(a.benefit ? { benefitNumber: a.benefit.number } : {}),
      ...s.terms,
      ...(a.refinancedContractId ? { refinancedContractId: a.refinancedContractId } : {}),
      reasons: s.reasons,
      parameterVersion: s.parameterVersion,
    },
  });
}
