-- AlterTable
ALTER TABLE "InboxEvent" ADD COLUMN "outcome" TEXT;
ALTER TABLE "InboxEvent" ADD COLUMN "runId" TEXT;

-- CreateIndex
CREATE INDEX "InboxEvent_outcome_receivedAt_idx" ON "InboxEvent"("outcome", "receivedAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_contactId_status_createdAt_idx" ON "OutboxMessage"("contactId", "status", "createdAt");

