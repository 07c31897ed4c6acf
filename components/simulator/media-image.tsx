"use client";

import { useState } from "react";
import { ImageOff } from "lucide-react";

/** An image a message sends; one that cannot load (a made-up sample URL) shows where it is from. */
export function MediaImage({ src, alt = "", className }: { src: string; alt?: string; className: string }) {
  const [failed, setFailed] = useState(false);
  if (failed) {
    let host = src;
    try {
      host = new URL(src).hostname;
    } catch {
      // Not a URL: show it as given.
    }
    return (
      <div className={`${className} flex flex-col items-center justify-center gap-1 text-[11px] text-[#667781]`} role="img" aria-label={alt || "Image"}>
        <ImageOff className="size-6" />
        <span className="max-w-full truncate px-2">{host}</span>
      </div>
    );
  }
  // A plain img: any URL a journey sends, not an asset next/image could optimise.
  return <img src={src} alt={alt} className={className} onError={() => setFailed(true)} />;
}
