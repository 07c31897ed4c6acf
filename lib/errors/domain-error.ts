/** What went wrong, in the domain's words; the web layer alone decides which HTTP status each kind is. */
export type DomainErrorKind = "invalid" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "gone" | "too_large" | "unprocessable" | "rate_limited" | "upstream" | "unavailable";

/** One failing field of an input: its path (`nodes.2.data.text`), a stable code and a sentence for a person. */
export type IssueDetail = { path: string; code: string; message: string; [key: string]: unknown };

export type ErrorDetails = { issues?: IssueDetail[]; [key: string]: unknown };

/**
 * An error a service means to happen (a journey that is not there, a write that lost a
 * race, an input that breaks a rule), with a stable `code` and the details a caller can act
 * on. Anything else thrown is a bug.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError("not_found", "not_found", `${what} not found`);

export const invalidInput = (message: string, issues?: IssueDetail[]) => new DomainError("invalid", "invalid_request", message, issues ? { issues } : {});
