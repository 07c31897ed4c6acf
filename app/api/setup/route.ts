import { publicRoute, readJson } from "@/lib/api/api-route";
import { recordAudit } from "@/lib/audit/audit-log";
import { clientAddress } from "@/lib/auth/sessions";
import { signedIn } from "@/lib/workspace/sign-in";
import { accounts } from "@/lib/workspace/accounts";
import { setupBody } from "@/lib/workspace/api-schemas";

/** First start: creates the owner and signs them in. Answers 409 once anyone exists. */
export const POST = publicRoute(async ({ request, db }) => {
  const body = await readJson(request, setupBody);
  const owner = await accounts(db).createOwner(body);
  await recordAudit(db, { userId: owner.id, name: owner.name, ip: clientAddress(request.headers) }, "workspace.setup", owner.email);
  return signedIn(db, request, owner, { user: { id: owner.id, name: owner.name, email: owner.email, role: owner.role } }, 201);
});
