-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "subAccountId" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "webhookAuthHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Contact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channelId" TEXT NOT NULL DEFAULT 'default',
    "key" TEXT NOT NULL,
    "msisdn" TEXT,
    "channelUserId" TEXT,
    "name" TEXT,
    "username" TEXT,
    "lastInboundAt" DATETIME,
    "laneOwner" TEXT,
    "laneExpiresAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Contact" ("channelUserId", "createdAt", "id", "key", "laneExpiresAt", "laneOwner", "lastInboundAt", "msisdn", "name", "updatedAt", "username") SELECT "channelUserId", "createdAt", "id", "key", "laneExpiresAt", "laneOwner", "lastInboundAt", "msisdn", "name", "updatedAt", "username" FROM "Contact";
DROP TABLE "Contact";
ALTER TABLE "new_Contact" RENAME TO "Contact";
CREATE UNIQUE INDEX "Contact_channelId_key_key" ON "Contact"("channelId", "key");
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientMessageId" TEXT NOT NULL,
    "runId" TEXT,
    "contactId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL DEFAULT 'default',
    "body" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "umid" TEXT,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    CONSTRAINT "OutboxMessage_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "OutboxMessage_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_OutboxMessage" ("attempts", "body", "clientMessageId", "contactId", "createdAt", "errorCode", "errorMessage", "id", "nextAttemptAt", "runId", "sentAt", "status", "umid", "updatedAt") SELECT "attempts", "body", "clientMessageId", "contactId", "createdAt", "errorCode", "errorMessage", "id", "nextAttemptAt", "runId", "sentAt", "status", "umid", "updatedAt" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE UNIQUE INDEX "OutboxMessage_clientMessageId_key" ON "OutboxMessage"("clientMessageId");
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");
CREATE INDEX "OutboxMessage_contactId_status_createdAt_idx" ON "OutboxMessage"("contactId", "status", "createdAt");
CREATE INDEX "OutboxMessage_umid_idx" ON "OutboxMessage"("umid");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

