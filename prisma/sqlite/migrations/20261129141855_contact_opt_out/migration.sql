-- AlterTable
ALTER TABLE "Contact" ADD COLUMN "optedOutAt" DATETIME;

