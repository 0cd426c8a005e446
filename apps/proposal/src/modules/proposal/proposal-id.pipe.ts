import { Injectable, type PipeTransform } from '@nestjs/common';
import { ProposalNotFoundError } from './domain/proposal.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed proposal id cannot name a proposal: "not found", like any id the caller may not see. */
@Injectable()
export class ProposalIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new ProposalNotFoundError();
    return value.toLowerCase();
  }
}
