import { bumpRevision } from "./bump-revision";
import type { Tx } from "./write-transaction";

/**
 * The Setting row that changes whenever the set of live journey versions does (a publish,
 * a delete). The runtime reads it with every inbound message, in whichever thread or
 * instance, and reloads the live versions when it moved: the message that arrives right
 * after a publish answers already runs the new version. Written in the same transaction
 * as the change, and first in it: on PostgreSQL its row lock queues concurrent publishes,
 * so each reads the version number the one before it wrote.
 */
export const LIVE_REVISION_KEY = "live_revision";

export function bumpLiveRevision(tx: Tx): Promise<void> {
  return bumpRevision(tx, LIVE_REVISION_KEY);
}
