/**
 * Why a file could not be read. Thrown by the extractors (in a worker thread or not), so a plain
 * Error subclass carrying the HTTP status and code; the service turns it into an ApiError.
 */
export type ExtractErrorKind = 'unsupported_type' | 'corrupt_file' | 'no_text' | 'encrypted' | 'too_complex';

export const EXTRACT_ERROR_STATUS: Record<ExtractErrorKind, number> = {
  unsupported_type: 415,
  corrupt_file: 400,
  no_text: 422,
  encrypted: 422,
  too_complex: 422,
};

export class ExtractError extends Error {
  constructor(
    readonly kind: ExtractErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export const isExtractError = (err: unknown): err is ExtractError => err instanceof ExtractError;
