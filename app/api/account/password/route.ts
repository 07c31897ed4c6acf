import { ApiError } from "@/lib/api/api-error";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { checkSignInAllowed, signInFailed } from "@/lib/workspace/sign-in";
import { accounts } from "@/lib/workspace/accounts";
import { passwordChangeBody } from "@/lib/workspace/api-schemas";

/** Changes the signed-in member's password; their other browsers are signed out. */
export const PUT = apiRoute(
  async ({ request, db, principal, audit }) => {
    if (principal.kind !== "session" || !principal.userId) throw new ApiError(403, "session_required", "Change a password signed in, not with a token");
    const { currentPassword, newPassword } = await readJson(request, passwordChangeBody);
    const members = accounts(db);
    const user = await members.get(principal.userId);
    // Counted like sign-ins: a borrowed session must not become a way to guess the password.
    checkSignInAllowed(request, user.email);
    if (!(await members.verify(user.email, currentPassword))) {
      await signInFailed(db, request, user.email);
      throw new ApiError(400, "wrong_password", "The current password is not right", { issues: [{ path: "currentPassword", code: "wrong_password", message: "The current password is not right" }] });
    }
    const ended = await members.setPassword(user.id, newPassword, principal.sessionId);
    await audit("user.password_changed", user.email, { otherSessionsEnded: ended });
    return { ok: true, otherSessionsEnded: ended };
  },
  { permission: "read" },
);
