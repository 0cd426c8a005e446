import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsString, IsUUID, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { CPF_INPUT, ISPB_INPUT, MONEY_INPUT } from '../../../../shared/http/input';
import { ACCOUNT_TYPES } from '../../domain/creditor';
import { TRANSFER_PURPOSES, type TransferPurpose } from '../../domain/transfer-state';

const isKey = (c: CreditorRequest) => c.kind === 'PIX_KEY';
const isAccount = (c: CreditorRequest) => c.kind === 'BANK_ACCOUNT';

/** A PIX key, or an account (ISPB, branch, number, type): the contracts' PayoutAccount shape. */
export class CreditorRequest {
  @ApiProperty({ enum: ['PIX_KEY', 'BANK_ACCOUNT'] }) @IsIn(['PIX_KEY', 'BANK_ACCOUNT']) kind!: 'PIX_KEY' | 'BANK_ACCOUNT';
  @ApiPropertyOptional({ example: 'maria@example.com', description: 'PIX_KEY: CPF/CNPJ, e-mail, +55 telefone ou chave aleatória' })
  @ValidateIf(isKey) @IsString() @Length(1, 77) pixKey?: string;
  @ApiPropertyOptional({ example: '00000000' }) @ValidateIf(isAccount) @IsString() @Matches(ISPB_INPUT) ispb?: string;
  @ApiPropertyOptional({ example: '1234' }) @ValidateIf(isAccount) @IsString() @Matches(/^[0-9]{1,4}$/) branch?: string;
  @ApiPropertyOptional({ example: '123456', description: 'Número da conta com dígito, só dígitos' }) @ValidateIf(isAccount) @IsString() @Matches(/^[0-9]{2,20}$/) number?: string;
  @ApiPropertyOptional({ enum: ACCOUNT_TYPES }) @ValidateIf(isAccount) @IsIn(ACCOUNT_TYPES) accountType?: (typeof ACCOUNT_TYPES)[number];
}

/** The bank orders a transfer; `transferId` is its own key (the idempotency key of the order). */
export class CreateTransferRequest {
  @ApiProperty({ example: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e', description: 'Identificador da transferência no banco: o mesmo envio repetido encontra a mesma transferência' })
  @IsUUID()
  transferId!: string;

  @ApiProperty({ example: '8214.33', description: 'Valor em reais, como texto' })
  @IsString()
  @Matches(MONEY_INPUT)
  amount!: string;

  @ApiProperty({ type: CreditorRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => CreditorRequest)
  creditor!: CreditorRequest;

  @ApiProperty({ example: '52998224725', description: 'CPF do titular da conta de destino (11 dígitos)' })
  @IsString()
  @Matches(CPF_INPUT)
  creditorCpf!: string;

  @ApiProperty({ enum: TRANSFER_PURPOSES })
  @IsIn(TRANSFER_PURPOSES)
  purpose!: TransferPurpose;
}
