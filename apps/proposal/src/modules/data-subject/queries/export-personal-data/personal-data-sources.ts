import { Logger } from '@nestjs/common';
import { PersonalDataSourceUnavailableError } from '../../domain/data-subject.errors';

/** The other services' base URLs (PERSONAL_DATA_SOURCES), by service name. */
export class PersonalDataSources {
  private readonly logger = new Logger('PersonalDataSources');

  constructor(
    readonly urls: Readonly<Record<string, string>>,
    private readonly timeoutMs = 10_000,
  ) {}

  /**
   * One service's section, asked with the caller's own token: each service checks the same rule
   * (privacy officer, or the customer themself) and audits the read. Anything but a 200 is the
   * service being unavailable for this export.
   */
  async sectionOf(service: string, customerId: string, authorization: string): Promise<unknown> {
    try {
      const response = await fetch(`${this.urls[service]}/v1/personal-data/${customerId}`, { headers: { authorization, accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) });
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      return await response.json();
    } catch (error) {
      this.logger.warn({ message: 'personal data section unavailable', service, customerId, error: error instanceof Error ? error.message : String(error) });
      throw new PersonalDataSourceUnavailableError(service);
    }
  }
}
