import type { ReactNode } from "react";
import { PageHeader } from "@/components/page-header";
import { SettingsTabs } from "@/components/settings/settings-tabs";

export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PageHeader title="Settings" description="Connect Journey Studio to 8x8, and manage who works in this workspace." />
      <SettingsTabs />
      {children}
    </>
  );
}
