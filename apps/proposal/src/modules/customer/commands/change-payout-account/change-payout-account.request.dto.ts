import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * A PayoutAccount (libs/contracts): `{kind: PIX_KEY, pixKey}` or `{kind: BANK_ACCOUNT, ispb,
 * branch, number, accountType}`. Only the shape of each field here; which fields a kind takes and
 * their formats are the domain's (parsePayoutAccount), refused with CUSTOMER.INVALID_* codes.
 */
export class ChangePayoutAccountRequestDto {
  @ApiProperty({ enum: ['PIX_KEY', 'BANK_ACCOUNT'] })
  @IsIn(['PIX_KEY', 'BANK_ACCOUNT'])
  kind!: 'PIX_KEY' | 'BANK_ACCOUNT';

  @ApiPropertyOptional({ example: 'cliente@example.com', description: 'PIX_KEY: CPF (the customer\'s own) or CNPJ in digits, e-mail, +55 phone (E.164) or EVP' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  pixKey?: string;

  @ApiPropertyOptional({ example: '00000000', description: 'BANK_ACCOUNT: the institution\'s ISPB, 8 digits' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  ispb?: string;

  @ApiPropertyOptional({ example: '0001', description: 'BANK_ACCOUNT: branch, 1–4 digits' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  branch?: string;

  @ApiPropertyOptional({ example: '12345678', description: 'BANK_ACCOUNT: account number with its check digit, 2–20 digits' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  number?: string;

  @ApiPropertyOptional({ enum: ['CACC', 'SVGS', 'TRAN'], description: 'BANK_ACCOUNT: checking, savings or payment account' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  accountType?: string;
}
