/** `appointment-booking.journey.json`: the file name of an exported journey. */
export function exportFileName(name: string) {
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "journey"}.journey.json`;
}
