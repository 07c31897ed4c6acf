import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { inviteBody } from "@/lib/workspace/api-schemas";
import { invites } from "@/lib/workspace/invites";
import { publicOrigin } from "@/lib/config/public-origin";

/** An invitation link, returned once: only its hash is kept. */
export const POST = apiRoute(
  async ({ request, db, principal, audit }) => {
    const body = await readJson(request, inviteBody);
    const { token, invite } = await invites(db).create(body, principal.userId);
    await audit("member.invited", invite.id, { role: invite.role, note: invite.note || undefined });
    const url = new URL(`/invite/${token}`, publicOrigin(request.headers)).toString();
    return NextResponse.json({ invite, url }, { status: 201 });
  },
  { permission: "workspace:manage" },
);
