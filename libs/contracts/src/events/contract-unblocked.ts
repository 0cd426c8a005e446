import { Type, type Static } from '@sinclair/typebox';
import { Text, UtcTimestamp, Uuid } from '../schema/primitives';
import { ContractBlockReason } from './contract-blocked';

/**
 * ContractUnblocked v1 — staff lifted a contract's block after review ("regularização", seed 003
 * §4.9): money, reminders and balance operations resume as before.
 *
 * Producer: loan. Consumers: payment, notification. `revision` orders it against ContractBlocked.
 */
export const ContractUnblockedPayload = Type.Object(
  {
    contractId: Uuid,
    customerId: Uuid,
    revision: Type.Integer({ minimum: 1 }),
    /** The reason of the block lifted. */
    reason: ContractBlockReason,
    operatorId: Text(128),
    unblockedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'ContractUnblockedPayload' },
);
export type ContractUnblockedPayload = Static<typeof ContractUnblockedPayload>;
