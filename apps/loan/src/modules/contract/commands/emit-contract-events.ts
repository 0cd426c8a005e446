import type { EventContext } from '@consignado/eventing';
import type { Contract } from '../domain/contract';

/**
 * Writes the events the contract raised to the outbox, in the consumer's transaction: they
 * commit with the state change or not at all (R-EV-5), caused by the event being handled.
 */
export async function emitContractEvents(ctx: EventContext, contract: Contract): Promise<string[]> {
  const emitted: string[] = [];
  for (const event of contract.pullEvents()) {
    await ctx.emit(event.type, { payload: event.payload });
    emitted.push(event.type);
  }
  return emitted;
}
