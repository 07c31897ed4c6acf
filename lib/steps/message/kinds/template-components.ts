import { z } from "zod";

/**
 * 8x8 template components as the send API takes them. Text parameters are Liquid
 * templates; other parameter types pass through with their documented fields.
 */
const parameter = z
  .object({
    type: z.enum(["text", "image", "gif", "video", "document", "location", "payload", "couponCode", "action"], {
      error: "Parameter type must be text, image, gif, video, document, location, payload, couponCode or action",
    }),
    text: z.string().optional(),
    url: z.string().optional(),
    payload: z.string().optional(),
    couponCode: z.string().optional(),
  })
  .loose();

export const templateComponent = z
  .object({
    type: z.enum(["header", "body", "button", "carousel", "call_permission_request", "request_contact_info"], {
      error: "Component type must be header, body, button, carousel, call_permission_request or request_contact_info",
    }),
    subType: z.string().optional(),
    index: z.union([z.number().int().min(0).max(9), z.string().regex(/^\d$/)]).optional(),
    parameters: z.array(parameter).optional(),
  })
  .loose();

export type TemplateComponent = z.infer<typeof templateComponent>;

/** Template names are lowercase with underscores, as WhatsApp stores them. */
export const templateName = z
  .string()
  .min(1, { error: "Template name is required" })
  .max(512, { error: "Template name is at most 512 characters" })
  .regex(/^[a-z0-9_]+$/, { error: "Template names use lowercase letters, digits and _" });

export const templateLanguage = z
  .string()
  .regex(/^[a-z]{2,3}(_[A-Za-z]{2,4})?$/, { error: "Language is a WhatsApp locale such as en or en_US" });
