import "server-only";
import { defineExecutor } from "../step-executor";
import type { NoteConfig } from "./definition";

/** Notes have no edges, so a run never reaches one; if it did, it would simply end. */
export const noteExecutor = defineExecutor<NoteConfig>({
  execute: () => ({ type: "end" }),
});
