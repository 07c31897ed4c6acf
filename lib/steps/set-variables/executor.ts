import "server-only";
import { lookup } from "../message/render-message";
import { defineExecutor } from "../step-executor";
import type { SetVariablesConfig } from "./definition";

/** `{{ reply.flow }}` alone stores the object itself, not its text. */
const SINGLE_VALUE = /^\s*\{\{\s*([A-Za-z_][\w]*(?:\.[\w]+)*)\s*\}\}\s*$/;

export const setVariablesExecutor = defineExecutor<SetVariablesConfig>({
  execute({ config, render, scope }) {
    const vars: Record<string, unknown> = {};
    config.assignments.forEach((assignment, i) => {
      const single = SINGLE_VALUE.exec(assignment.value);
      const current = { ...scope, vars: { ...scope.vars, ...vars } };
      const raw = single ? lookup(current, single[1]) : undefined;
      vars[assignment.name] = raw !== undefined && typeof raw === "object" ? raw : render(assignment.value, `assignments.${i}.value`);
    });
    return { type: "next", handle: "next", vars, output: vars };
  },
});
