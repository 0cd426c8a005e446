import { ApiProperty } from '@nestjs/swagger';
import type { DateOverride, ExchangeClock } from '../../domain/exchange-clock';

export class ClockView {
  @ApiProperty({ example: '2025-03-10', description: 'A data do CTC para os prazos' }) today!: string;
  @ApiProperty({ description: 'Verdadeiro enquanto uma data do operador substitui a data do sistema' }) adjusted!: boolean;
}

export async function clockView(clock: ExchangeClock, override: DateOverride): Promise<ClockView> {
  const [today, adjustment] = await Promise.all([clock.today(), override.read()]);
  return { today: today.toString(), adjusted: adjustment !== undefined };
}
