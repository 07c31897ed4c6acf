import "server-only";
import { eightByEightConfig, type EightByEightConfig } from "../config/eight-by-eight";
import { appEnv } from "../config/env";
import { databaseTarget } from "../db/database-target";
import type { RuntimeDeps } from "./process-contact";

export type RuntimeOptions = {
  eightByEight: EightByEightConfig | null;
  secrets?: Record<string, string>;
  now?: () => Date;
  /** Several instances share the database: lanes become leases in it. */
  sharedDatabase?: boolean;
  /** Answers HTTP steps instead of the network (the traffic seed's stand-in for a business's API). */
  http?: RuntimeDeps["http"];
  /** How often the safety-net poll looks (250 ms unless set; tests set it long to see the alarm alone). */
  pollMs?: number;
  /** Count new steps into Insights' aggregates (on unless turned off). */
  insights?: boolean;
};

/** The runtime's options as the environment sets them. */
export function runtimeOptionsFromEnv(): RuntimeOptions {
  // SQLite is one process's file; PostgreSQL may have several instances in front of it.
  return { eightByEight: eightByEightConfig(), sharedDatabase: databaseTarget().provider === "postgres", insights: appEnv().INSIGHTS_ROLLUP === "on" };
}
