import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/api-route";
import { journeyStore } from "@/lib/journeys/journey-store";

export const POST = apiRoute<{ id: string }>(async ({ params, db }) =>
  NextResponse.json({ journey: await journeyStore(db).duplicate(params.id) }, { status: 201 }),
);
