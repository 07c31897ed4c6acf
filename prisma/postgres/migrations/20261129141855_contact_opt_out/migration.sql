-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "optedOutAt" TIMESTAMP(3);

