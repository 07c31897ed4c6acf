export type FormatStyle = "bold" | "italic" | "strike" | "mono" | "code";
export type FormattedSpan = string | { style: FormatStyle; children: FormattedSpan[] };

const MARKERS: Record<string, FormatStyle> = { "*": "bold", _: "italic", "~": "strike" };
// A marker opens after a start, space or punctuation and closes before one, hugging text.
const INLINE = /(^|[\s([{"'.,!?:;-])([*_~])(?=\S)([^\n]*?\S)\2(?=$|[\s)\]}"'.,!?:;-])|`([^`\n]+)`/;

/**
 * WhatsApp's formatting: *bold*, _italic_, ~strike~, ```monospace``` and `code`, nested
 * the way WhatsApp nests them (`*_both_*`). Anything unmatched stays as typed.
 */
export function formatWhatsApp(text: string): FormattedSpan[] {
  const spans: FormattedSpan[] = [];
  const blocks = text.split(/```([\s\S]+?)```/);
  blocks.forEach((part, index) => {
    if (index % 2 === 1) spans.push({ style: "mono", children: [part] });
    else spans.push(...inline(part));
  });
  return merge(spans);
}

function inline(text: string): FormattedSpan[] {
  const match = INLINE.exec(text);
  if (!match) return text ? [text] : [];
  const [whole, lead, marker, inner, code] = match;
  const before = text.slice(0, match.index) + (lead ?? "");
  const after = text.slice(match.index + whole.length);
  const span: FormattedSpan = code !== undefined ? { style: "code", children: [code] } : { style: MARKERS[marker], children: inline(inner) };
  return [...(before ? [before] : []), span, ...inline(after)];
}

function merge(spans: FormattedSpan[]): FormattedSpan[] {
  return spans.reduce<FormattedSpan[]>((out, span) => {
    const last = out.at(-1);
    if (typeof span === "string" && typeof last === "string") out[out.length - 1] = last + span;
    else out.push(span);
    return out;
  }, []);
}
