const numbers = new Intl.NumberFormat("en");

export function formatCount(n: number): string {
  return numbers.format(n);
}

/** 0.4567 → "46%"; a share that rounds to nothing but is not nothing says so. */
export function formatShare(share: number | null): string {
  if (share === null) return "–";
  if (share > 0 && share < 0.005) return "<1%";
  return `${Math.round(share * 100)}%`;
}

/** Milliseconds as a person reads a wait: "420 ms", "12 s", "4.5 min", "3.1 h", "2.0 d". */
export function formatTime(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  if (ms < 3_600_000) return `${(ms / 60_000).toFixed(1)} min`;
  if (ms < 86_400_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  return `${(ms / 86_400_000).toFixed(1)} d`;
}
