/** Raised for input that is not a news article (empty, binary, not English). */
export class ExtractionError extends Error {
  /** Machine-readable reason: 'empty' | 'binary' | 'not-english'. */
  readonly reason: string;

  constructor(reason: string, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.reason = reason;
  }
}
