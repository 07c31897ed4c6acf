-- DropIndex
DROP INDEX "Contact_key_key";

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "channelId" TEXT NOT NULL DEFAULT 'default';

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "channelId" TEXT NOT NULL DEFAULT 'default';

-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "subAccountId" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "webhookAuthHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Contact_channelId_key_key" ON "Contact"("channelId", "key");

