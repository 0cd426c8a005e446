import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { JobStore } from '../../jobs/job-store';
import type { Disbursement } from '../domain/disbursement';
import { toDomain, toRow } from './disbursement.mapper';
import { DisbursementRow } from './disbursement.orm-entity';

export const DISBURSEMENT_REPOSITORY = Symbol('DISBURSEMENT_REPOSITORY');

/** A disbursement waiting for one of its rail calls. */
export const DISBURSEMENT_PENDING = ['FILING', 'PENDING', 'CHECKING'] as const;

/** Port: releases of funds, also the job rows of their rail calls. */
export type DisbursementRepository = JobStore<Disbursement, DisbursementRow>;

@Injectable()
export class TypeOrmDisbursementRepository extends JobStore<Disbursement, DisbursementRow> {
  constructor(@InjectDataSource() dataSource: DataSource, cipher: FieldCipher) {
    super(dataSource, { entity: DisbursementRow, table: 'disbursement', pendingStatuses: DISBURSEMENT_PENDING, toDomain: (row) => toDomain(cipher, row), toRow: (job) => toRow(cipher, job) });
  }
}
