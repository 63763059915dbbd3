-- AlterTable
ALTER TABLE "imports" ADD COLUMN     "waveId" TEXT;

-- AlterTable
ALTER TABLE "observations" ADD COLUMN     "waveId" TEXT;

-- CreateTable
CREATE TABLE "waves" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "methodology" TEXT,
    "opensOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "includeDistricts" BOOLEAN NOT NULL DEFAULT false,
    "platforms" "Platform"[],
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "waves_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wave_akimats" (
    "waveId" TEXT NOT NULL,
    "akimatId" TEXT NOT NULL,

    CONSTRAINT "wave_akimats_pkey" PRIMARY KEY ("waveId","akimatId")
);

-- CreateTable
CREATE TABLE "wave_assignments" (
    "id" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "akimatId" TEXT,
    "officialId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "wave_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "waves_closedAt_idx" ON "waves"("closedAt");

-- CreateIndex
CREATE INDEX "wave_akimats_akimatId_idx" ON "wave_akimats"("akimatId");

-- CreateIndex
CREATE INDEX "wave_assignments_waveId_reporterId_idx" ON "wave_assignments"("waveId", "reporterId");

-- CreateIndex
CREATE INDEX "observations_waveId_officialId_platform_accountId_observedA_idx" ON "observations"("waveId", "officialId", "platform", "accountId", "observedAt");

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "waves"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "imports" ADD CONSTRAINT "imports_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "waves"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wave_akimats" ADD CONSTRAINT "wave_akimats_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "waves"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wave_akimats" ADD CONSTRAINT "wave_akimats_akimatId_fkey" FOREIGN KEY ("akimatId") REFERENCES "akimats"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wave_assignments" ADD CONSTRAINT "wave_assignments_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "waves"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wave_assignments" ADD CONSTRAINT "wave_assignments_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wave_assignments" ADD CONSTRAINT "wave_assignments_akimatId_fkey" FOREIGN KEY ("akimatId") REFERENCES "akimats"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wave_assignments" ADD CONSTRAINT "wave_assignments_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "officials"("id") ON DELETE CASCADE ON UPDATE CASCADE;
