import appointmentBooking from "./appointment-booking.json";
import leadQualification from "./lead-qualification.json";
import npsFeedback from "./nps-feedback.json";
import orderShipped from "./order-shipped.json";

/** Loaded into an empty workspace on first start, in this order. */
export const sampleJourneys: unknown[] = [appointmentBooking, orderShipped, npsFeedback, leadQualification];
