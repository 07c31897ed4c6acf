import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/api-route";
import { closePreview, getPreview } from "@/lib/preview/preview-registry";

export const GET = apiRoute<{ id: string }>(async ({ params }) => getPreview(params.id).snapshot(), { permission: "journeys:write" });

export const DELETE = apiRoute<{ id: string }>(async ({ params }) => {
  closePreview(params.id);
  return new NextResponse(null, { status: 204 });
}, { permission: "journeys:write" });
