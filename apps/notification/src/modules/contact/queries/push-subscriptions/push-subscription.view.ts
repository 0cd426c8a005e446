import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PushSubscription } from '../../domain/push-subscription';

/** A device as its owner sees it: never the endpoint or keys back (they identify it). */
export class PushSubscriptionView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'https://fcm.googleapis.com', description: 'The push service' }) pushService!: string;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ nullable: true, description: 'When the push service said the device is gone (404/410): no more pushes to it' }) goneAt!: string | null;
}

export function toPushSubscriptionView(s: PushSubscription & { goneAt: Date | null }): PushSubscriptionView {
  return { id: s.id, pushService: new URL(s.endpoint).origin, createdAt: s.createdAt.toISOString(), goneAt: s.goneAt?.toISOString() ?? null };
}
