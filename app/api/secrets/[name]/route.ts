import { apiRoute, parseWith, readJson } from "@/lib/api/api-route";
import { secretStore } from "@/lib/secrets/secret-store";
import { z } from "zod";
import { secretBody, secretName } from "@/lib/workspace/api-schemas";

/** The name in the path, checked so a refusal names the field it came from. */
const named = (name: string) => parseWith(z.object({ name: secretName }), { name }).name;

type Params = { name: string };

/** Creates or replaces a secret. The answer, like the audit entry, names it and nothing more. */
export const PUT = apiRoute<Params>(
  async ({ request, params, db, principal, audit }) => {
    const name = named(params.name);
    const { value } = await readJson(request, secretBody);
    const outcome = await secretStore(db).put(name, value, principal.userId);
    await audit(outcome === "created" ? "secret.created" : "secret.replaced", name);
    return { secret: { name, outcome } };
  },
  { permission: "workspace:manage" },
);

export const DELETE = apiRoute<Params>(
  async ({ params, db, audit }) => {
    const name = named(params.name);
    await secretStore(db).remove(name);
    await audit("secret.deleted", name);
    return new Response(null, { status: 204 });
  },
  { permission: "workspace:manage" },
);
