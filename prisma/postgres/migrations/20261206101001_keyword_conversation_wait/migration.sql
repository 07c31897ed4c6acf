-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "waitUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Conversation_waitUntil_idx" ON "Conversation"("waitUntil");

