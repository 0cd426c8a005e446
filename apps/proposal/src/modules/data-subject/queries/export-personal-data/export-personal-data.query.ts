import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { PersonalDataNotFoundError } from '@consignado/service-kit';
import { ProposalSectionQuery } from '../get-personal-data-section/proposal-section.query';
import { PersonalDataSources } from './personal-data-sources';

export class PersonalDataExport {
  @ApiProperty() customerId!: string;
  @ApiProperty({ description: 'UTC, ISO 8601' }) generatedAt!: string;
  @ApiProperty({ description: 'Service → its PersonalDataSection (proposal, credit-analysis, loan, averbation-connector, payment, notification)', type: 'object', additionalProperties: true })
  sections!: Record<string, unknown>;
}

/** The whole export: proposal's own section, then every other service's, asked in parallel. */
@Injectable()
export class ExportPersonalDataQuery {
  constructor(
    @Inject(ProposalSectionQuery) private readonly own: ProposalSectionQuery,
    @Inject(PersonalDataSources) private readonly sources: PersonalDataSources,
  ) {}

  async export(customerId: string, authorization: string): Promise<PersonalDataExport> {
    const proposal = await this.own.section(customerId);
    if (proposal.records['customer'].length === 0) throw new PersonalDataNotFoundError();
    const services = Object.keys(this.sources.urls);
    const others = await Promise.all(services.map((service) => this.sources.sectionOf(service, customerId, authorization)));
    const sections: Record<string, unknown> = { proposal };
    services.forEach((service, k) => (sections[service] = others[k]));
    return Object.assign(new PersonalDataExport(), { customerId, generatedAt: new Date().toISOString(), sections });
  }
}
