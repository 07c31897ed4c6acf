-- AlterTable
ALTER TABLE "RunStep" ADD COLUMN     "rolledUp" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "InsightCount" (
    "versionId" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,
    "nodeId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "InsightCount_pkey" PRIMARY KEY ("versionId","grain","start","nodeId","metric")
);

-- CreateIndex
CREATE INDEX "InsightCount_nodeId_grain_start_idx" ON "InsightCount"("nodeId", "grain", "start");

-- CreateIndex
CREATE INDEX "RunStep_rolledUp_runId_seq_idx" ON "RunStep"("rolledUp", "runId", "seq");

-- AddForeignKey
ALTER TABLE "InsightCount" ADD CONSTRAINT "InsightCount_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "JourneyVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

