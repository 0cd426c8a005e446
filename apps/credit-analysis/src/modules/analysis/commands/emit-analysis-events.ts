import type { EventContext } from '@consignado/eventing';
import type { Analysis } from '../domain/analysis';

/**
 * Writes the events the analysis raised to the outbox, in the consumer's transaction: they
 * commit with the state change or not at all (R-EV-5), caused by the event being handled.
 */
export async function emitAnalysisEvents(ctx: EventContext, analysis: Analysis): Promise<void> {
  for (const { type, payload } of analysis.pullEvents()) await ctx.emit(type, { payload });
}
