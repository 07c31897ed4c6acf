import {
  Braces, CalendarClock, Clock, File, Flag, GalleryHorizontalEnd, Globe, Hourglass, Image, Link2, List,
  ListChecks, LayoutTemplate, MapPin, MessageCircle, MessageSquareText, Mic, RectangleHorizontal, Split,
  StickyNote, Video, Webhook, Workflow, Zap, Headset, type LucideIcon,
} from "lucide-react";

/** Icon names used by step and message-kind definitions (isomorphic strings) → glyphs. */
const ICONS: Record<string, LucideIcon> = {
  inbound: MessageCircle,
  api: Webhook,
  message: MessageSquareText,
  image: Image,
  video: Video,
  audio: Mic,
  file: File,
  pin: MapPin,
  buttons: RectangleHorizontal,
  list: List,
  link: Link2,
  template: LayoutTemplate,
  carousel: GalleryHorizontalEnd,
  flow: ListChecks,
  hourglass: Hourglass,
  branch: Split,
  clock: Clock,
  variable: Braces,
  globe: Globe,
  flag: Flag,
  note: StickyNote,
  schedule: CalendarClock,
  journey: Workflow,
  trigger: Zap,
  headset: Headset,
};

export function Icon({ name, className = "size-4" }: { name: string; className?: string }) {
  const Glyph = ICONS[name] ?? Workflow;
  return <Glyph className={className} aria-hidden strokeWidth={1.75} />;
}
