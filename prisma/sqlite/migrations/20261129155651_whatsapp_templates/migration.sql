-- AlterTable
ALTER TABLE "Channel" ADD COLUMN "accountId" TEXT;
ALTER TABLE "Channel" ADD COLUMN "templateChannel" TEXT;

-- CreateTable
CREATE TABLE "WhatsAppTemplate" (
    "channelId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "quality" TEXT,
    "reason" TEXT,
    "externalId" TEXT,
    "layout" JSONB NOT NULL,
    "statusAt" DATETIME NOT NULL,
    "syncedAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("channelId", "name", "language")
);

-- CreateTable
CREATE TABLE "TemplateEvent" (
    "eventId" TEXT NOT NULL PRIMARY KEY,
    "channelId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

