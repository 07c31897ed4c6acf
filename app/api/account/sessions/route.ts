import { apiRoute } from "@/lib/api/api-route";
import { ApiError } from "@/lib/api/api-error";
import { accounts } from "@/lib/workspace/accounts";

/** Signs the caller out of every other browser (a lost laptop, a shared computer). */
export const DELETE = apiRoute(
  async ({ db, principal }) => {
    if (!principal.userId) throw new ApiError(400, "no_account", "APP_API_TOKEN belongs to no member");
    return { ended: await accounts(db).endSessions(principal.userId, principal.sessionId) };
  },
  { permission: "read" },
);
