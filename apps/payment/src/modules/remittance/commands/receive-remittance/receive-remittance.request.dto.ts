import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsObject, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { DATE_INPUT, MONEY_INPUT } from '../../../../shared/http/input';

/** A remittance's id, as its source names it. */
export const REMITTANCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const MAX_REMITTANCE_LINES = 10_000;

export class RemittanceLineDto {
  @ApiProperty({ example: '1234567890', description: 'Benefit (or registration) number the deduction was taken from' })
  @IsString()
  @Matches(/^\d{1,20}$/)
  benefitNumber!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  contractId!: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  installmentNumber!: number;

  @ApiProperty({ example: '311.36', description: 'Reais as text, up to two decimals' })
  @IsString()
  @Matches(MONEY_INPUT)
  amount!: string;
}

/** What the payroll source deducted for a month (consignado), one line per installment. */
export class ReceiveRemittanceRequestDto {
  @ApiProperty({ example: 'FOLHA-2026-12-001', description: 'The source\'s id: the same id is the same remittance' })
  @IsString()
  @Matches(REMITTANCE_ID)
  remittanceId!: string;

  @ApiProperty({ example: '2026-12', description: 'YYYY-MM' })
  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  referenceMonth!: string;

  @ApiProperty({ example: '2026-12-10', description: 'Date the money was credited (AAAA-MM-DD or DD/MM/AAAA); late charges are computed to it' })
  @IsString()
  @Matches(DATE_INPUT)
  paymentDate!: string;

  @ApiProperty({ type: [RemittanceLineDto], minItems: 1, maxItems: MAX_REMITTANCE_LINES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_REMITTANCE_LINES)
  // Each line an object: `[[]]` would otherwise reach the controller as a line without fields.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RemittanceLineDto)
  lines!: RemittanceLineDto[];
}
