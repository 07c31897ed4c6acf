import type { Principal } from "./principal";

/** What the pages' client side may know of the member: enough to show or hide actions. */
export type Viewer = { name: string; role: Principal["role"]; canEditJourneys: boolean; canOperate: boolean; canManage: boolean };

export function viewerOf(principal: Principal): Viewer {
  return {
    name: principal.name,
    role: principal.role,
    canEditJourneys: principal.can("journeys:write"),
    canOperate: principal.can("runs:write"),
    canManage: principal.can("workspace:manage"),
  };
}
