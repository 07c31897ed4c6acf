import { apiRoute } from "@/lib/api/api-route";

/** Who the caller is and what their role allows. */
export const GET = apiRoute(
  async ({ principal }) => ({
    account: { kind: principal.kind, userId: principal.userId, name: principal.name, role: principal.role },
  }),
  { permission: "read" },
);
