import { apiRoute } from "@/lib/api/api-route";
import { getContact } from "@/lib/contacts/contact-queries";

export const GET = apiRoute<{ id: string }>(async ({ params, db }) => ({ contact: await getContact(db, params.id) }), { permission: "read" });
