import { apiRoute, parseWith } from "@/lib/api/api-route";
import { transcriptQuery } from "@/lib/contacts/api-schemas";
import { getContact, transcript } from "@/lib/contacts/contact-queries";

/** The conversation, newest first: GET /api/contacts/:id/messages?before=&limit= */
export const GET = apiRoute<{ id: string }>(
  async ({ request, params, db }) => {
    const query = parseWith(transcriptQuery, Object.fromEntries(request.nextUrl.searchParams));
    await getContact(db, params.id);
    return transcript(db, params.id, query);
  },
  { permission: "read" },
);
