import { apiRoute } from "@/lib/api/api-route";
import { accounts } from "@/lib/workspace/accounts";
import { invites } from "@/lib/workspace/invites";

export const GET = apiRoute(
  async ({ db, principal }) => ({ members: await accounts(db).list(principal.userId), invites: await invites(db).pending() }),
  { permission: "workspace:manage" },
);
