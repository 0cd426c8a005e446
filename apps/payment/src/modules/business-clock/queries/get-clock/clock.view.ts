import { ApiProperty } from '@nestjs/swagger';
import type { BusinessClock, BusinessDateOverride } from '../../domain/business-clock';

export class ClockView {
  @ApiProperty({ example: '2026-09-11', description: 'The business date rules run on' }) today!: string;
  @ApiProperty({ description: 'True while an operator adjustment replaces the system date' }) adjusted!: boolean;
}

export async function clockView(clock: BusinessClock, override: BusinessDateOverride): Promise<ClockView> {
  const [today, adjustment] = await Promise.all([clock.today(), override.read()]);
  return { today: today.toString(), adjusted: adjustment !== undefined };
}
