// Keeps each batch under Excel on the web's request size limit: one batch normally, another only past the limit.
/// <reference types="office-js" />

/** Excel on the web refuses requests over 5 MB; stay well under it for the JSON around our data. */
export const PAYLOAD_LIMIT = 4_500_000;

export class WriteBudget {
  private used = 0;
  /** Syncs this budget had to add because one batch would have been too large. */
  extraSyncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit: number = PAYLOAD_LIMIT,
  ) {}

  /** Call before queuing about `bytes` of request: sends what is queued first if they would not fit. */
  async spend(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.context.sync();
      this.extraSyncs++;
      this.used = 0;
    }
    this.used += bytes;
  }
}
