import { CancellationRequestRow } from './cancellation-request.orm-entity';
import { ContractPaymentRow } from './contract-payment.orm-entity';
import { ContractRow } from './contract.orm-entity';
import { InstallmentRow } from './installment.orm-entity';
import { CreateContract1795500000000 } from './migrations/1795500000000-create-contract';
import { CreateCancellationAndPayment1795500000001 } from './migrations/1795500000001-create-cancellation-and-payment';

export const LOAN_ENTITIES = [ContractRow, InstallmentRow, CancellationRequestRow, ContractPaymentRow];
export const LOAN_MIGRATIONS = [CreateContract1795500000000, CreateCancellationAndPayment1795500000001];
