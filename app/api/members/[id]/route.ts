import { apiRoute, readJson } from "@/lib/api/api-route";
import { accounts } from "@/lib/workspace/accounts";
import { memberUpdateBody } from "@/lib/workspace/api-schemas";

type Params = { id: string };

/** A new role, in force from the member's next request. */
export const PUT = apiRoute<Params>(
  async ({ request, params, db, audit }) => {
    const { role } = await readJson(request, memberUpdateBody);
    const before = await accounts(db).get(params.id);
    const user = await accounts(db).setRole(params.id, role);
    if (before.role !== role) await audit("member.role_changed", user.email, { from: before.role, to: role });
    return { member: { id: user.id, name: user.name, email: user.email, role: user.role } };
  },
  { permission: "workspace:manage" },
);

/** Removes the member; their sessions and tokens stop working at once. */
export const DELETE = apiRoute<Params>(
  async ({ params, db, audit }) => {
    const user = await accounts(db).remove(params.id);
    await audit("member.removed", user.email, { role: user.role });
    return new Response(null, { status: 204 });
  },
  { permission: "workspace:manage" },
);
