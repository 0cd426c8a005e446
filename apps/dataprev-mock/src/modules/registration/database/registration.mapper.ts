import { IsoDate, Money } from '@consignado/finance';
import { type OperationType, Registration, type RegistrationStatus } from '../domain/registration';
import { alterationFromJson, alterationToJson } from './alteration.json';
import { RegistrationRow } from './registration.orm-entity';

export function toDomain(row: RegistrationRow): Registration {
  return new Registration({
    protocol: row.protocol,
    contractId: row.contractId,
    benefitNumber: row.benefitNumber,
    cpf: row.cpf,
    installment: Money.of(row.installmentAmount),
    termMonths: row.termMonths,
    firstDeductionDate: IsoDate.of(row.firstDeductionDate),
    operationType: row.operationType as OperationType,
    refinancedContractId: row.refinancedContractId ?? undefined,
    portabilityOrigin: row.originInstitutionIspb && row.originContract ? { institutionIspb: row.originInstitutionIspb, contractNumber: row.originContract } : undefined,
    status: row.status as RegistrationStatus,
    registeredAt: row.registeredAt,
    cancelledAt: row.cancelledAt ?? undefined,
    alterations: (row.alterations ?? []).map(alterationFromJson),
  });
}

export function toRow(registration: Registration): RegistrationRow {
  const s = registration.snapshot;
  return Object.assign(new RegistrationRow(), {
    protocol: s.protocol,
    contractId: s.contractId,
    benefitNumber: s.benefitNumber,
    cpf: s.cpf,
    installmentAmount: s.installment.toString(),
    termMonths: s.termMonths,
    firstDeductionDate: s.firstDeductionDate.toString(),
    operationType: s.operationType,
    refinancedContractId: s.refinancedContractId ?? null,
    originInstitutionIspb: s.portabilityOrigin?.institutionIspb ?? null,
    originContract: s.portabilityOrigin?.contractNumber ?? null,
    status: s.status,
    registeredAt: s.registeredAt,
    cancelledAt: s.cancelledAt ?? null,
    alterations: s.alterations.map(alterationToJson),
  });
}
