-- CreateIndex
CREATE INDEX "Run_startedAt_id_idx" ON "Run"("startedAt", "id");

-- CreateIndex
CREATE INDEX "Run_journeyId_startedAt_id_idx" ON "Run"("journeyId", "startedAt", "id");

-- CreateIndex
CREATE INDEX "Run_status_startedAt_id_idx" ON "Run"("status", "startedAt", "id");

-- CreateIndex
CREATE INDEX "RunStep_nodeId_runId_idx" ON "RunStep"("nodeId", "runId");

-- CreateIndex
CREATE INDEX "OutboxMessage_runId_errorCode_idx" ON "OutboxMessage"("runId", "errorCode");

