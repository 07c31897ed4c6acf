import { describe, expect, it } from "vitest";
import { parseFakeCli } from "./fake-cli-options";

const parse = (argv: string[], env: Record<string, string | undefined> = {}) => {
  const parsed = parseFakeCli(argv, env);
  if (parsed.help) throw new Error("help");
  return parsed.options;
};

describe("the fake 8x8's command line", () => {
  it("takes its port from --port, else PORT, else 4010, and refuses one that is not a port", () => {
    expect(parse([]).port).toBe(4010);
    expect(parse([], { PORT: "4100" }).port).toBe(4100);
    expect(parse(["--port", "4200"], { PORT: "4100" }).port).toBe(4200);
    expect(() => parse(["--port", "lots"])).toThrow('--port must be a port number, not "lots"');
  });

  it("posts to the default channel's webhook, or to the one a channel from Settings has", () => {
    expect(parse([]).webhookUrl).toBe("http://localhost:3000/api/webhooks/8x8");
    expect(parse(["--app", "http://127.0.0.1:3100/", "--channel", "ch_2erjflrlln"]).webhookUrl).toBe("http://127.0.0.1:3100/api/webhooks/8x8/ch_2erjflrlln");
    expect(() => parse(["--channel", "../admin"])).toThrow("--channel is a channel id");
    expect(() => parse(["--app", "localhost:3000"])).toThrow("--app must be the app's http(s) address");
  });

  it("sends the channel's Authorization value from --auth, else EIGHTX8_WEBHOOK_AUTH", () => {
    expect(parse([]).webhookAuth).toBeUndefined();
    expect(parse([], { EIGHTX8_WEBHOOK_AUTH: "Bearer env" }).webhookAuth).toBe("Bearer env");
    expect(parse(["--auth", "Bearer flag"], { EIGHTX8_WEBHOOK_AUTH: "Bearer env" }).webhookAuth).toBe("Bearer flag");
  });

  it("answers --help, and refuses an unknown flag", () => {
    expect(parseFakeCli(["--help"], {})).toEqual({ help: true });
    expect(parseFakeCli(["-h"], {})).toEqual({ help: true });
    expect(() => parseFakeCli(["--prot", "1"], {})).toThrow(/Unknown option '--prot'/);
  });
});
