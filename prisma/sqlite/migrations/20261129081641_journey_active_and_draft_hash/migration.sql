-- AlterTable
ALTER TABLE "JourneyVersion" ADD COLUMN "hash" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Journey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "document" JSONB NOT NULL,
    "nodeCount" INTEGER NOT NULL DEFAULT 0,
    "draftHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Journey" ("createdAt", "description", "document", "id", "name", "nodeCount", "updatedAt") SELECT "createdAt", "description", "document", "id", "name", "nodeCount", "updatedAt" FROM "Journey";
DROP TABLE "Journey";
ALTER TABLE "new_Journey" RENAME TO "Journey";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

