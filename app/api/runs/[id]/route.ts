import { apiRoute } from "@/lib/api/api-route";
import { getRun } from "@/lib/runs/run-queries";

export const GET = apiRoute<{ id: string }>(async ({ params, db }) => ({ run: await getRun(db, params.id) }), { permission: "read" });
