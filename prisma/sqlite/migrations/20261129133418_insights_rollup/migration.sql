-- CreateTable
CREATE TABLE "InsightCount" (
    "versionId" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "start" DATETIME NOT NULL,
    "nodeId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("versionId", "grain", "start", "nodeId", "metric"),
    CONSTRAINT "InsightCount_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "JourneyVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RunStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "nodeId" TEXT NOT NULL,
    "nodeType" TEXT NOT NULL,
    "outcome" TEXT,
    "input" JSONB,
    "output" JSONB,
    "error" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "rolledUp" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "RunStep_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_RunStep" ("error", "finishedAt", "id", "input", "nodeId", "nodeType", "outcome", "output", "runId", "seq", "startedAt") SELECT "error", "finishedAt", "id", "input", "nodeId", "nodeType", "outcome", "output", "runId", "seq", "startedAt" FROM "RunStep";
DROP TABLE "RunStep";
ALTER TABLE "new_RunStep" RENAME TO "RunStep";
CREATE INDEX "RunStep_nodeId_runId_idx" ON "RunStep"("nodeId", "runId");
CREATE INDEX "RunStep_rolledUp_runId_seq_idx" ON "RunStep"("rolledUp", "runId", "seq");
CREATE UNIQUE INDEX "RunStep_runId_seq_key" ON "RunStep"("runId", "seq");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "InsightCount_nodeId_grain_start_idx" ON "InsightCount"("nodeId", "grain", "start");

