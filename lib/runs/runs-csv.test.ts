import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "./runs-csv";

describe("runs as CSV", () => {
  it("quotes what needs quoting and never lets a cell become a formula", () => {
    expect(csvField('say "hi", then\nbye')).toBe('"say ""hi"", then\nbye"');
    expect(csvField("=HYPERLINK(\"http://evil\")")).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField("+15551234567")).toBe("'+15551234567");
    expect(csvField(null)).toBe("");
    expect(csvField(3)).toBe("3");
  });

  it("writes one line per run, its scalar variables as JSON", () => {
    const line = csvLine({
      id: "r1", journeyId: "j", journeyName: "Booking", version: 2, status: "completed", currentNode: null, error: null, outcome: "Booked",
      startedAt: "2026-11-29T09:00:00.000Z", endedAt: "2026-11-29T09:01:00.000Z", errorPath: false,
      contact: { name: "Ann", msisdn: "15550001111", channelUserId: null, channelId: "default" },
      vars: { service: "checkup", slots: { body: [] }, count: 2 },
    });
    expect(line).toBe('r1,Booking,2,completed,Booked,,,2026-11-29T09:00:00.000Z,2026-11-29T09:01:00.000Z,Ann,15550001111,,default,"{""service"":""checkup"",""count"":2}"\r\n');
  });
});
