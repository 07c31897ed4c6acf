import { z } from "zod";
import { optionalText, requiredText } from "../../shared/fields";
import { defineMessageKind, fields } from "../message-kind";

const MEDIA = {
  image: { label: "Image", icon: "image", description: "A JPEG or PNG image (5 MB) with a caption" },
  video: { label: "Video", icon: "video", description: "An MP4 or 3GP video (16 MB) with a caption" },
  audio: { label: "Audio", icon: "audio", description: "A voice note or audio file (16 MB)" },
  file: { label: "Document", icon: "file", description: "A PDF or office document (100 MB)" },
} as const;

export type MediaKind = keyof typeof MEDIA;

/** Image, video, audio and document messages share one shape: a URL and a caption. */
export function mediaMessage<K extends MediaKind>(kind: K) {
  const { label, icon, description } = MEDIA[kind];
  return defineMessageKind({
    kind,
    label,
    description,
    icon,
    schema: z.object({
      kind: z.literal(kind),
      url: requiredText(`${label} URL`, 2000),
      caption: optionalText("Caption", 1024),
    }),
    defaults: () => ({ kind, url: "", caption: undefined as string | undefined }),
    freeForm: true,
    canWait: false,
    form: () => [
      { type: "text", path: "url", label: `${label} URL`, max: 2000, template: true, placeholder: "https://…", help: "A public HTTPS link 8x8 can download" },
      ...(kind === "audio" ? [] : [{ type: "text" as const, path: "caption", label: "Caption", max: 1024, template: true, multiline: true, optional: true }]),
    ],
    summary: (m) => m.caption || m.url || `No ${label.toLowerCase()} URL yet`,
    templateFields: (m) => fields([["url", m.url], ["caption", m.caption]]),
    // 8x8 carries a media caption in content.text.
    toSend: (m) => ({ type: kind, content: { url: m.url, ...(m.caption ? { text: m.caption } : {}) } }),
  });
}
