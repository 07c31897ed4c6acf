import type { ValidationIssue } from "../journey/validation-issue";

/** An error with the HTTP answer it deserves; anything else thrown in a route is a 500. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { issues?: Array<Pick<ValidationIssue, "path" | "message" | "code"> & Partial<ValidationIssue>>; [key: string]: unknown } = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `${what} not found`);

export const badRequest = (message: string, issues?: ApiError["details"]["issues"]) =>
  new ApiError(400, "invalid_request", message, issues ? { issues } : {});

/** The error body every route answers with. */
export type ApiErrorBody = {
  error: { code: string; message: string; issues?: ApiError["details"]["issues"]; [key: string]: unknown };
};
