import { Injectable, type PipeTransform } from '@nestjs/common';
import { OfferNotFoundError } from './domain/credit-offer.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed offer id cannot name an offer: "not found", like any id the caller may not see. */
@Injectable()
export class OfferIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new OfferNotFoundError();
    return value.toLowerCase();
  }
}
