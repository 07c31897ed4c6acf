import { apiRoute, parseWith } from "@/lib/api/api-route";
import { listInboundQuery } from "@/lib/inbound/api-schemas";
import { listInbound } from "@/lib/inbound/inbound-queries";

/** Customers' messages with what became of each (`?outcome=unmatched` for those no journey took). */
export const GET = apiRoute(async ({ request, db }) => listInbound(db, parseWith(listInboundQuery, Object.fromEntries(request.nextUrl.searchParams))), { permission: "read" });
