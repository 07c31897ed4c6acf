import { apiRoute } from "@/lib/api/api-route";
import { invites } from "@/lib/workspace/invites";

export const DELETE = apiRoute<{ id: string }>(
  async ({ params, db, audit }) => {
    await invites(db).revoke(params.id);
    await audit("member.invite_revoked", params.id);
    return new Response(null, { status: 204 });
  },
  { permission: "workspace:manage" },
);
