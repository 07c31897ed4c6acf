import { apiRoute } from "@/lib/api/api-route";
import { apiTokens } from "@/lib/workspace/api-tokens";

export const DELETE = apiRoute<{ id: string }>(
  async ({ params, db, principal, audit }) => {
    const token = await apiTokens(db).revoke(principal, params.id);
    await audit("token.revoked", token.name, { id: token.id });
    return new Response(null, { status: 204 });
  },
  { permission: "read" },
);
