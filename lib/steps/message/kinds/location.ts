import { z } from "zod";
import { optionalText } from "../../shared/fields";
import { defineMessageKind } from "../message-kind";

export const locationMessage = defineMessageKind({
  kind: "location",
  label: "Location",
  description: "A pin on the map with an optional name and address",
  icon: "pin",
  schema: z.object({
    kind: z.literal("location"),
    latitude: z.number({ error: "Latitude must be a number" }).min(-90, { error: "Latitude must be between -90 and 90" }).max(90, { error: "Latitude must be between -90 and 90" }),
    longitude: z.number({ error: "Longitude must be a number" }).min(-180, { error: "Longitude must be between -180 and 180" }).max(180, { error: "Longitude must be between -180 and 180" }),
    name: optionalText("Name", 1000),
    address: optionalText("Address", 1000),
  }),
  defaults: () => ({ kind: "location" as const, latitude: 1.2857, longitude: 103.8479, name: undefined, address: undefined }),
  freeForm: true,
  canWait: false,
  form: () => [
    { type: "number", path: "latitude", label: "Latitude", min: -90, max: 90, step: 0.0001 },
    { type: "number", path: "longitude", label: "Longitude", min: -180, max: 180, step: 0.0001 },
    { type: "text", path: "name", label: "Name", max: 1000, optional: true },
    { type: "text", path: "address", label: "Address", max: 1000, optional: true },
  ],
  summary: (m) => m.name || m.address || `${m.latitude}, ${m.longitude}`,
  templateFields: () => [],
  toSend: (m) => ({
    type: "location",
    content: { location: { latitude: m.latitude, longitude: m.longitude, ...(m.name && { name: m.name }), ...(m.address && { address: m.address }) } },
  }),
});
