import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FEED_REPOSITORY, type FeedEntry, type FeedRepository } from '../database/feed.repository';
import { changeLogFields } from '../domain/change-log';
import type { Portability } from '../domain/portability';
import type { StatusChange } from '../domain/portability-state';
import { PortabilityView } from '../presenters/portability.view';
import { PortabilityListeners } from './portability-listeners';

/**
 * Writes what a portability's status changes mean, in the transaction that made them: the
 * listeners (the simulated banks) first, then one feed message per change for each institution.
 */
@Injectable()
export class PortabilityJournal {
  private readonly logger = new Logger('Portability');

  constructor(
    @Inject(FEED_REPOSITORY) private readonly feed: FeedRepository,
    private readonly listeners: PortabilityListeners,
  ) {}

  async record(manager: EntityManager, portability: Portability): Promise<void> {
    const changes = portability.pullChanges();
    if (changes.length === 0) return;
    await this.listeners.notify(manager, portability, changes);
    // Last: the feed's lock is the last one a transaction takes (see FeedRepository.append).
    await this.feed.append(manager, changes.flatMap((change) => entriesOf(portability, change)));
    for (const change of changes) this.logger.log(changeLogFields(portability, change));
  }
}

/** The snapshot is the portability after the command, shown with the status of this change. */
function entriesOf(portability: Portability, change: StatusChange): FeedEntry[] {
  const snapshot = { ...PortabilityView.from(portability), status: change.to, statusUpdatedAt: change.at.toISOString() };
  const { originIspb, destinationIspb } = portability.state;
  const base = { nu: change.nu, status: change.to, previousStatus: change.from, occurredAt: change.at, snapshot };
  return [
    { ...base, participantIspb: originIspb, role: 'ORIGIN' },
    { ...base, participantIspb: destinationIspb, role: 'DESTINATION' },
  ];
}
