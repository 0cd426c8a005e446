import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { erasuresOf } from '@consignado/service-kit';
import { CancellationRequestRow } from '../../contract/database/cancellation-request.orm-entity';
import { ContractDocumentRow } from '../../contract/database/contract-document.orm-entity';
import { ContractPaymentRow } from '../../contract/database/contract-payment.orm-entity';
import { openContractColumns } from '../../contract/database/contract.mapper';
import { ContractRow } from '../../contract/database/contract.orm-entity';
import { InstallmentRow } from '../../contract/database/installment.orm-entity';
import { PortabilityOutRequestRow } from '../../contract/database/portability-out.orm-entity';

export const CUSTOMER_RECORDS = Symbol('CUSTOMER_RECORDS');

/** Everything loan keeps on one customer, as stored but with personal data opened, by kind. */
export interface LoanRecords {
  readonly records: Record<'contracts' | 'documents' | 'installments' | 'payments' | 'portabilityOutRequests' | 'cancellationRequests', unknown[]>;
  readonly erasures: Awaited<ReturnType<typeof erasuresOf>>;
}

/** Port: the data subject's records (LGPD art. 18 II). */
export interface CustomerRecords {
  of(customerId: string): Promise<LoanRecords>;
}

@Injectable()
export class TypeOrmCustomerRecords implements CustomerRecords {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async of(customerId: string): Promise<LoanRecords> {
    const db = this.dataSource;
    const contracts = await db.getRepository(ContractRow).find({ where: { customerId }, order: { bookedAt: 'ASC', id: 'ASC' } });
    const contractId = In(contracts.map((c) => c.id));
    const byContract = { where: { contractId } };
    return {
      records: {
        contracts: contracts.map((row) => openContractColumns(this.cipher, row)),
        // The CCBs by hash and issue time (the acceptance is on the contract row); the PDF itself at GET /v1/contracts/{id}/ccb.
        documents: await db.getRepository(ContractDocumentRow).find({ select: { contractId: true, kind: true, sha256: true, issuedAt: true }, ...byContract, order: { issuedAt: 'ASC' } }),
        installments: await db.getRepository(InstallmentRow).find({ ...byContract, order: { contractId: 'ASC', number: 'ASC' } }),
        payments: await db.getRepository(ContractPaymentRow).find({ ...byContract, order: { recordedAt: 'ASC' } }),
        portabilityOutRequests: await db.getRepository(PortabilityOutRequestRow).find({ ...byContract, order: { requestedAt: 'ASC' } }),
        cancellationRequests: await db.getRepository(CancellationRequestRow).find({
          where: [{ contractId }, { proposalId: In(contracts.map((c) => c.proposalId)) }],
          order: { recordedAt: 'ASC' },
        }),
      },
      erasures: await erasuresOf(db.manager, customerId),
    };
  }
}
