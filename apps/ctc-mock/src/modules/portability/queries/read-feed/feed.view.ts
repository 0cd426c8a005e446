import { ApiProperty } from '@nestjs/swagger';
import type { FeedMessage } from '../../database/feed.repository';
import { PortabilityView } from '../../presenters/portability.view';

export class FeedMessageView {
  @ApiProperty({ example: '42', description: 'Posição no feed (texto decimal): guarde a do último tratado' }) cursor!: string;
  @ApiProperty({ example: '202502280000000000424' }) portabilityNumber!: string;
  @ApiProperty({ enum: ['ORIGIN', 'DESTINATION'], description: 'O papel do participante nesta portabilidade' }) role!: string;
  @ApiProperty({ example: 'PENDING' }) status!: string;
  @ApiProperty({ example: 'RECEIVED', nullable: true }) previousStatus!: string | null;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ type: PortabilityView, description: 'A portabilidade com este status' }) portability!: object;

  static from(m: FeedMessage): FeedMessageView {
    return { cursor: m.cursor, portabilityNumber: m.nu, role: m.role, status: m.status, previousStatus: m.previousStatus, occurredAt: m.occurredAt.toISOString(), portability: m.snapshot };
  }
}

export class FeedView {
  @ApiProperty({ type: [FeedMessageView] }) messages!: FeedMessageView[];
  @ApiProperty({ example: '42', description: 'O `after` da próxima leitura (o cursor do último, ou o `after` recebido)' }) nextCursor!: string;
}
