/**
 * WhatsApp's customer service window: free-form and interactive messages may go to a
 * contact only within 24 hours of the contact's last message (8x8-chatapps.md).
 */
export const CUSTOMER_WINDOW_MS = 24 * 60 * 60 * 1000;

/** When the window closes; null when the contact never wrote. */
export function windowClosesAt(lastInboundAt: Date | null): Date | null {
  return lastInboundAt ? new Date(lastInboundAt.getTime() + CUSTOMER_WINDOW_MS) : null;
}

export function isWindowOpen(lastInboundAt: Date | null, now: Date): boolean {
  const closes = windowClosesAt(lastInboundAt);
  return closes !== null && now < closes;
}
