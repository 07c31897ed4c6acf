/** Runs `run` once cold, then `repeat` times: p50 and p95 of those, and the last result. */
export async function timed<T>(run: () => Promise<T>, repeat: number): Promise<{ p50: number; p95: number; result: T }> {
  let result = await run();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))], result };
}

/** Milliseconds, right-aligned for a table column. */
export function ms(value: number) {
  return `${value.toFixed(1)} ms`.padStart(9);
}
