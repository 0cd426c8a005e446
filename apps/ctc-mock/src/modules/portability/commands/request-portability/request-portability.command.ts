import { contentHash } from '@consignado/core';
import { parseAmount, parseAnnualRate, parseCpf, parseRate } from '../../../../shared/http/input';
import type { OfferDto } from '../../../../shared/http/terms.dto';
import type { IdempotencyInput } from '../../database/portability.repository';
import type { PortabilityRequest } from '../../domain/portability-state';
import type { DestinationOffer } from '../../domain/terms';
import type { RequestPortabilityRequest } from './request-portability.request';

export interface RequestPortability {
  readonly request: PortabilityRequest;
  readonly idempotency?: IdempotencyInput;
}

export function offerOf(dto: OfferDto): DestinationOffer {
  return {
    monthlyRate: parseRate(dto.monthlyRate, 'offer.monthlyRate'),
    termMonths: dto.termMonths,
    installment: parseAmount(dto.installment, 'offer.installment'),
    annualCet: parseAnnualRate(dto.annualCet),
  };
}

/** The body's values in the domain's types; the key's fingerprint is the body's canonical hash. */
export function toCommand(body: RequestPortabilityRequest, destinationIspb: string, key: string): RequestPortability {
  const request = { originIspb: body.originIspb, destinationIspb, originContractNumber: body.originContractNumber, cpf: parseCpf(body.cpf), ...(body.offer ? { offer: offerOf(body.offer) } : {}) };
  return { request, idempotency: { key, fingerprint: contentHash(body) } };
}
