-- AlterTable
ALTER TABLE "Channel" ADD COLUMN     "accountId" TEXT,
ADD COLUMN     "templateChannel" TEXT;

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
    "statusAt" TIMESTAMP(3) NOT NULL,
    "syncedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WhatsAppTemplate_pkey" PRIMARY KEY ("channelId","name","language")
);

-- CreateTable
CREATE TABLE "TemplateEvent" (
    "eventId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TemplateEvent_pkey" PRIMARY KEY ("eventId")
);

