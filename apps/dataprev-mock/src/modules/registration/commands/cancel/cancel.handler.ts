import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fail, ok, type Result } from '@consignado/core';
import { type DataprevError, registrationNotFound } from '../../../beneficiary/domain/dataprev-error';
import { REGISTRATION_REPOSITORY, type RegistrationRepository } from '../../database/registration.repository';
import type { Registration } from '../../domain/registration';

/** "Cancelar Averbação" (seed 003 §5.1): ends the deduction and frees its margin; idempotent. */
@Injectable()
export class CancelHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REGISTRATION_REPOSITORY) private readonly registry: RegistrationRepository,
  ) {}

  execute(protocol: string): Promise<Result<Registration, DataprevError>> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.registry.findByProtocol(manager, protocol, true);
      if (!registration) return fail(registrationNotFound());
      registration.cancel(new Date());
      await this.registry.save(manager, [registration]);
      return ok(registration);
    });
  }
}
