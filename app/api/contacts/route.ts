import { apiRoute, parseWith } from "@/lib/api/api-route";
import { listContactsQuery } from "@/lib/contacts/api-schemas";
import { listContacts } from "@/lib/contacts/contact-queries";

/** GET /api/contacts?q=&channel=&cursor=&limit= */
export const GET = apiRoute(
  async ({ request, db }) => listContacts(db, parseWith(listContactsQuery, Object.fromEntries(request.nextUrl.searchParams))),
  { permission: "read" },
);
