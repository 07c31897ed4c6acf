import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/api-route";
import { journeyStore } from "@/lib/journeys/journey-store";

export const POST = apiRoute<{ id: string }>(
  async ({ params, db, audit }) => {
    const journey = await journeyStore(db).duplicate(params.id);
    await audit("journey.created", journey.id, { name: journey.name, from: params.id });
    return NextResponse.json({ journey }, { status: 201 });
  },
  { permission: "journeys:write" },
);
