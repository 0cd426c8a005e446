import { Cpf, IsoDate } from '@consignado/finance';
import { Portability } from '../domain/portability';
import type { PortabilityStatus } from '../domain/portability-status';
import { closureOf, closureToJson, settlementOf, settlementToJson, transferOf, transferToJson } from './outcome.json';
import { PortabilityRow } from './portability.orm-entity';
import { answerOf, answerToJson, offerOf, offerToJson } from './terms.json';

const optional = <J, T>(value: J | null, of: (j: J) => T): T | undefined => (value === null ? undefined : of(value));

export function toDomain(row: PortabilityRow): Portability {
  return new Portability({
    nu: row.nu,
    originIspb: row.originIspb,
    destinationIspb: row.destinationIspb,
    originContractNumber: row.originContractNumber,
    cpf: Cpf.of(row.cpf),
    offer: optional(row.offer, offerOf),
    status: row.status as PortabilityStatus,
    requestedAt: row.requestedAt,
    requestDate: IsoDate.of(row.requestDate),
    answerDeadline: IsoDate.of(row.answerDeadline),
    answer: optional(row.answer, answerOf),
    transfer: optional(row.transfer, transferOf),
    settlement: optional(row.settlement, settlementOf),
    closure: optional(row.closure, closureOf),
    statusChangedAt: row.statusChangedAt,
  });
}

/** The row without the idempotency columns, which only the insert sets. */
export function toRow(p: Portability): Omit<PortabilityRow, 'idempotencyKey' | 'requestFingerprint'> {
  const s = p.state;
  return {
    nu: s.nu,
    originIspb: s.originIspb,
    destinationIspb: s.destinationIspb,
    originContractNumber: s.originContractNumber,
    cpf: s.cpf.toString(),
    offer: s.offer ? offerToJson(s.offer) : null,
    status: s.status,
    requestedAt: s.requestedAt,
    requestDate: s.requestDate.toString(),
    answerDeadline: s.answerDeadline.toString(),
    answer: s.answer ? answerToJson(s.answer) : null,
    dueBalanceLimitDate: s.answer?.dueBalanceLimitDate?.toString() ?? null,
    transfer: s.transfer ? transferToJson(s.transfer) : null,
    settlement: s.settlement ? settlementToJson(s.settlement) : null,
    closure: s.closure ? closureToJson(s.closure) : null,
    statusChangedAt: s.statusChangedAt,
  };
}
