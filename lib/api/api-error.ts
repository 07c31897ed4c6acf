import { DomainError, type DomainErrorKind, type ErrorDetails } from "../errors/domain-error";

/** The one place a domain error becomes an HTTP status. */
export const HTTP_STATUS: Record<DomainErrorKind, number> = {
  invalid: 400, unauthorized: 401, forbidden: 403, not_found: 404, conflict: 409, gone: 410, too_large: 413, unprocessable: 422, rate_limited: 429, upstream: 502, unavailable: 503,
};

const KIND_OF_STATUS = new Map(Object.entries(HTTP_STATUS).map(([kind, status]) => [status, kind as DomainErrorKind]));

/** An error the web layer raises with its HTTP status in hand (authentication, CSRF, body limits). */
export class ApiError extends DomainError {
  constructor(
    readonly status: number,
    code: string,
    message: string,
    details: ErrorDetails = {},
  ) {
    super(KIND_OF_STATUS.get(status) ?? "invalid", code, message, details);
  }
}

/** The status a thrown domain error answers with; anything else is a 500. */
export function statusOf(error: DomainError): number {
  return error instanceof ApiError ? error.status : HTTP_STATUS[error.kind];
}

export const badRequest = (message: string, issues?: ErrorDetails["issues"]) => new ApiError(400, "invalid_request", message, issues ? { issues } : {});

/** The error body every route answers with. */
export type ApiErrorBody = {
  error: { code: string; message: string; issues?: ErrorDetails["issues"]; [key: string]: unknown };
};
