-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "RevisionKind" ADD VALUE 'CORRECTION';
ALTER TYPE "RevisionKind" ADD VALUE 'DELETE';
ALTER TYPE "RevisionKind" ADD VALUE 'UNDELETE';

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at" DESC);
