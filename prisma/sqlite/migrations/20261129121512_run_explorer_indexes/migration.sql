-- CreateIndex
CREATE INDEX "Run_startedAt_id_idx" ON "Run"("startedAt", "id");

-- CreateIndex
CREATE INDEX "RunStep_nodeId_runId_idx" ON "RunStep"("nodeId", "runId");

-- CreateIndex
CREATE INDEX "OutboxMessage_runId_errorCode_idx" ON "OutboxMessage"("runId", "errorCode");

