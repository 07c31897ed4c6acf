import "server-only";
import { getHeapStatistics } from "node:v8";

export type ThreadMemory = {
  /** The thread's V8 heap: in use, and reserved from the system. */
  heapUsedMb: number;
  heapTotalMb: number;
  /** Memory outside the heap that V8 knows of (buffers, SQLite's statements are not in it). */
  externalMb: number;
};

const mb = (bytes: number) => Math.round((10 * bytes) / 1048576) / 10;

/** This thread's heap, for the benchmark's memory split (each thread has its own isolate). */
export function threadMemory(): ThreadMemory {
  const heap = getHeapStatistics();
  return { heapUsedMb: mb(heap.used_heap_size), heapTotalMb: mb(heap.total_heap_size), externalMb: mb(heap.external_memory) };
}
