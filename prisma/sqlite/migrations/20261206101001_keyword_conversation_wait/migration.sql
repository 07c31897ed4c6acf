-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "waitUntil" DATETIME;

-- CreateIndex
CREATE INDEX "Conversation_waitUntil_idx" ON "Conversation"("waitUntil");

