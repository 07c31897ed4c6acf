-- AlterTable
ALTER TABLE "Journey" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "draftHash" TEXT;

-- AlterTable
ALTER TABLE "JourneyVersion" ADD COLUMN     "hash" TEXT;

