import { publicRoute, readJson } from "@/lib/api/api-route";
import { recordAudit } from "@/lib/audit/audit-log";
import { clientAddress } from "@/lib/auth/sessions";
import { signedIn } from "@/lib/workspace/sign-in";
import { acceptInviteBody } from "@/lib/workspace/api-schemas";
import { invites } from "@/lib/workspace/invites";

/** Joins through an invitation link: the new member is signed in at once. */
export const POST = publicRoute(async ({ request, db }) => {
  const { token, ...person } = await readJson(request, acceptInviteBody);
  const user = await invites(db).accept(token, person);
  await recordAudit(db, { userId: user.id, name: user.name, ip: clientAddress(request.headers) }, "member.joined", user.email, { role: user.role });
  return signedIn(db, request, user, { user: { id: user.id, name: user.name, email: user.email, role: user.role } }, 201);
});
