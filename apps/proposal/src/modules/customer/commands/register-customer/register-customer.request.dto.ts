import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LINK_TYPES, type LinkType } from '@consignado/contracts';
import { DATE_INPUT, MONEY_INPUT } from '../../../../shared/input-patterns';

export class BenefitDto {
  @ApiProperty({ example: '1234567890', description: 'INSS benefit number, 10 digits (or 123.456.789-0)' })
  @IsString()
  @Matches(/^(\d{10}|\d{3}\.\d{3}\.\d{3}-\d)$/)
  number!: string;

  @ApiProperty({ example: 'APOSENTADORIA_POR_IDADE' })
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Z][A-Z0-9_]*$/)
  kind!: string;

  @ApiProperty({ example: '2000.00' })
  @IsString()
  @Matches(MONEY_INPUT)
  value!: string;

  @ApiProperty({ example: '2020-01-15', description: 'AAAA-MM-DD or DD/MM/AAAA' })
  @IsString()
  @Matches(DATE_INPUT)
  startDate!: string;
}

/** Seed 002 §4 and seed 003 §7.3 customer data (R-PR-6). */
export class RegisterCustomerRequestDto {
  @ApiProperty({ example: '529.982.247-25', description: '11 digits, formatted or not; check digits verified' })
  @IsString()
  @Matches(/^(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})$/)
  cpf!: string;

  @ApiProperty({ example: 'Maria da Silva' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @Matches(/\S/)
  name!: string;

  @ApiProperty({ example: '1958-06-21', description: 'AAAA-MM-DD or DD/MM/AAAA (D-5)' })
  @IsString()
  @Matches(DATE_INPUT)
  birthDate!: string;

  @ApiProperty({ example: '2000.00', description: 'Net monthly income, reais as text' })
  @IsString()
  @Matches(MONEY_INPUT)
  monthlyIncome!: string;

  @ApiPropertyOptional({ example: '800.00', description: 'Declared monthly expenses (personal-loan capacity)' })
  @IsOptional()
  @IsString()
  @Matches(MONEY_INPUT)
  monthlyExpenses?: string;

  @ApiProperty({ enum: LINK_TYPES })
  @IsIn(LINK_TYPES)
  linkType!: LinkType;

  @ApiPropertyOptional({ type: BenefitDto, description: 'Required for APOSENTADO and PENSIONISTA' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BenefitDto)
  benefit?: BenefitDto;

  @ApiPropertyOptional({ example: 'maria@example.com' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '+5561999990000' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?\d{10,13}$/)
  phone?: string;
}
