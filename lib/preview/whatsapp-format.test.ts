import { describe, expect, it } from "vitest";
import { formatWhatsApp } from "./whatsapp-format";

describe("WhatsApp formatting", () => {
  it("renders bold, italic, strike, monospace and code", () => {
    expect(formatWhatsApp("Tap *Choose service* now")).toEqual(["Tap ", { style: "bold", children: ["Choose service"] }, " now"]);
    expect(formatWhatsApp("_soon_ and ~never~")).toEqual([{ style: "italic", children: ["soon"] }, " and ", { style: "strike", children: ["never"] }]);
    expect(formatWhatsApp("Ref ```BK-42``` or `code`")).toEqual(["Ref ", { style: "mono", children: ["BK-42"] }, " or ", { style: "code", children: ["code"] }]);
  });

  it("nests markers and leaves unmatched or inner-word markers alone", () => {
    expect(formatWhatsApp("*_both_*")).toEqual([{ style: "bold", children: [{ style: "italic", children: ["both"] }] }]);
    expect(formatWhatsApp("2*3*4 and snake_case_name and * not bold *")).toEqual(["2*3*4 and snake_case_name and * not bold *"]);
    expect(formatWhatsApp("(*yes*), ok")).toEqual(["(", { style: "bold", children: ["yes"] }, "), ok"]);
  });

  it("keeps line breaks inside text", () => {
    expect(formatWhatsApp("You're booked ✅\n*Check-up*, Mon.")).toEqual(["You're booked ✅\n", { style: "bold", children: ["Check-up"] }, ", Mon."]);
  });
});
