/**
 * What the server answers when it cannot: a status, a stable code scripts can match, and the
 * same message-plus-hint a CLI user gets. Thrown inside request handling, turned into a JSON
 * body by the router; never carries a stack or the request body.
 */

/** Stable machine-readable codes of HTTP errors. Never rename: clients match on them. */
export type ServeErrorCode =
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'NOT_ACCEPTABLE'
  | 'BODY_TOO_LARGE'
  | 'TOO_MANY_RECORDS'
  /** The body cannot be read as the format its Content-Type names. */
  | 'BODY_INVALID'
  /** A record does not match the model's input schema. */
  | 'RECORD_INVALID'
  | 'DRAINING'
  | 'REQUEST_TIMEOUT'
  /** Prediction itself failed: a fault of the server, not of the request. */
  | 'PREDICT_FAILED';

/** One problem with one record, as the 400 body lists it. */
export interface RecordProblem {
  /** 0-based index of the record in the request. */
  record: number;
  /** 1-based line of the body the record starts on (JSON Lines, CSV). */
  line?: number;
  /** The input field, when the problem is one field. */
  field?: string;
  /** What the field (or record) should have been. */
  expected?: string;
  message: string;
}

export class HttpError extends Error {
  readonly status: number;
  readonly code: ServeErrorCode;
  readonly hint: string | undefined;
  /** Extra response headers (Allow for 405). */
  readonly headers: Record<string, string>;
  /** Fields merged into the error body (record, line, field, expected, problems). */
  readonly extra: Record<string, unknown>;

  constructor(status: number, code: ServeErrorCode, message: string, options: { hint?: string; headers?: Record<string, string>; extra?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.hint = options.hint;
    this.headers = options.headers ?? {};
    this.extra = options.extra ?? {};
  }

  static is(value: unknown): value is HttpError {
    return value instanceof HttpError;
  }

  /** The JSON body: `{"error": {code, message, hint, ...extra}}`. */
  body(): { error: Record<string, unknown> } {
    return { error: { code: this.code, message: this.message, ...(this.hint ? { hint: this.hint } : {}), ...this.extra } };
  }
}
