/** The listing did not have the expected shape. */
export class ListingFormatError extends Error {
  override name = 'ListingFormatError';
  /** 'json' for a body that does not parse (cut short, an error page): worth another try. */
  constructor(
    message: string,
    readonly kind: 'json' | 'schema',
  ) {
    super(message);
  }
}
