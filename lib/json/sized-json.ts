import { z } from "zod";

/**
 * Any JSON value, up to `maxBytes` once serialised: for the free-form parts of a request
 * (variables, a mocked response body) that are stored or sent again, so one request
 * cannot make every later read of a run or a preview carry megabytes. Depth is bounded
 * before this, when the body is parsed.
 */
export function sizedJson(maxBytes: number, what: string) {
  return z.unknown().refine((value) => value === undefined || JSON.stringify(value).length <= maxBytes, {
    error: `${what} must be at most ${Math.round(maxBytes / 1024)} KB as JSON`,
  });
}

/** A record of variables, as a run starts with them. */
export function sizedVars(maxBytes = 64 * 1024) {
  return z.record(z.string().max(100), z.unknown()).refine((vars) => JSON.stringify(vars).length <= maxBytes, {
    error: `vars must be at most ${Math.round(maxBytes / 1024)} KB as JSON`,
  });
}
