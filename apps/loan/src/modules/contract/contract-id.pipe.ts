import { Injectable, type PipeTransform } from '@nestjs/common';
import { ContractNotFoundError } from './domain/contract.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path ids as stored (lower-case uuid), or undefined when malformed: the seed answers both alike. */
export const idOf = (value: string): string | undefined => (UUID.test(value) ? value.toLowerCase() : undefined);

/** A malformed contract id cannot name a contract: CONTRACT.NOT_FOUND, as an unknown one (seed 002 §7.2). */
@Injectable()
export class ContractIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const id = idOf(value);
    if (!id) throw new ContractNotFoundError({ contractId: value });
    return id;
  }
}
