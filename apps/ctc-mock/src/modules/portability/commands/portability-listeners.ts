import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Portability } from '../domain/portability';
import type { StatusChange } from '../domain/portability-state';

/** Reacts to status changes inside the transaction that made them (the simulated banks plan their moves). */
export interface PortabilityListener {
  changed(manager: EntityManager, portability: Portability, changes: readonly StatusChange[]): Promise<void>;
}

/**
 * Where other modules subscribe to status changes, so the portability module needs none of them
 * (the simulation module registers itself at start).
 */
@Injectable()
export class PortabilityListeners {
  private readonly listeners: PortabilityListener[] = [];

  register(listener: PortabilityListener): void {
    this.listeners.push(listener);
  }

  async notify(manager: EntityManager, portability: Portability, changes: readonly StatusChange[]): Promise<void> {
    for (const listener of this.listeners) await listener.changed(manager, portability, changes);
  }
}
