-- CreateIndex
CREATE INDEX "observations_officialId_platform_accountId_observedAt_idx" ON "observations"("officialId", "platform", "accountId", "observedAt");
