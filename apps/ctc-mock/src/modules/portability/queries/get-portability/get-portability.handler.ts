import { Inject, Injectable } from '@nestjs/common';
import { fail, ok, type Result } from '@consignado/core';
import { PORTABILITY_REPOSITORY, type PortabilityRepository } from '../../database/portability.repository';
import { type CtcError, portabilityNotFound } from '../../domain/ctc-error';
import type { Portability } from '../../domain/portability';

/** A portability, for one of its two institutions only: to anyone else it does not exist. */
@Injectable()
export class GetPortabilityHandler {
  constructor(@Inject(PORTABILITY_REPOSITORY) private readonly portabilities: PortabilityRepository) {}

  async execute(nu: string, ispb: string): Promise<Result<Portability, CtcError>> {
    const portability = await this.portabilities.find(nu);
    return portability?.roleOf(ispb) ? ok(portability) : fail(portabilityNotFound());
  }
}
