/** The retention period of customers who never contracted, in days (PERSONAL_DATA_RETENTION_DAYS). */
export class RetentionPolicy {
  constructor(readonly days: number) {}
}
