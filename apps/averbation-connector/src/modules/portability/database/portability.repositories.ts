import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import type { PortabilityIn } from '../domain/portability-in';
import type { PortabilityOut } from '../domain/portability-out';
import { JobStore } from '../../jobs/job-store';
import { inToDomain, inToRow, outToDomain, outToRow } from './portability.mappers';
import { PortabilityInRow, PortabilityOutRow } from './portability.orm-entities';

export const PORTABILITY_IN_REPOSITORY = Symbol('PORTABILITY_IN_REPOSITORY');
export const PORTABILITY_OUT_REPOSITORY = Symbol('PORTABILITY_OUT_REPOSITORY');

/** A portability in waiting for one of its exchange calls. */
export const PORTABILITY_IN_PENDING = ['OPENING', 'TRANSFERRING', 'CANCELLING'] as const;

/** Port: portabilities in (we are the destination), also the job rows of their exchange calls. */
export type PortabilityInRepository = JobStore<PortabilityIn, PortabilityInRow>;
/** Port: portabilities out (we are the origin), also the job rows of their exchange calls. */
export type PortabilityOutRepository = JobStore<PortabilityOut, PortabilityOutRow>;

@Injectable()
export class TypeOrmPortabilityInRepository extends JobStore<PortabilityIn, PortabilityInRow> {
  constructor(@InjectDataSource() dataSource: DataSource, cipher: FieldCipher) {
    super(dataSource, {
      entity: PortabilityInRow,
      table: 'portability_in',
      pendingStatuses: PORTABILITY_IN_PENDING,
      toDomain: (row) => inToDomain(cipher, row),
      toRow: (job) => inToRow(cipher, job),
    });
  }
}

@Injectable()
export class TypeOrmPortabilityOutRepository extends JobStore<PortabilityOut, PortabilityOutRow> {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource, { entity: PortabilityOutRow, table: 'portability_out', pendingStatuses: ['REFUSING_UNKNOWN', 'ANSWERING', 'REFUSING', 'CONFIRMING'], toDomain: outToDomain, toRow: outToRow });
  }
}
