import { Injectable, type PipeTransform } from '@nestjs/common';
import { ContractNotFoundError } from './domain/contract.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed contract id cannot name a contract: CONTRACT.NOT_FOUND, as an unknown one (seed 002 §7.2). */
@Injectable()
export class ContractIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new ContractNotFoundError({ contractId: value });
    return value.toLowerCase();
  }
}
