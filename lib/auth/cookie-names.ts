/** The session cookie (httpOnly) and its CSRF companion (readable by the pages' script). */
export const SESSION_COOKIE = "journey_studio_session";
export const CSRF_COOKIE = "journey_studio_csrf";
export const CSRF_HEADER = "x-csrf-token";
