import "server-only";
import { defineExecutor } from "../step-executor";
import type { BranchConfig } from "./definition";
import { evaluate } from "./evaluate";

export const branchExecutor = defineExecutor<BranchConfig>({
  execute({ config, render }) {
    for (const [ci, condition] of config.conditions.entries()) {
      const holds = condition.all.every((cmp, i) => {
        const base = `conditions.${ci}.all.${i}`;
        return evaluate(cmp.op, render(cmp.left, `${base}.left`), cmp.right === undefined ? "" : render(cmp.right, `${base}.right`), cmp.ignoreCase);
      });
      if (holds) return { type: "next", handle: condition.id, output: { matched: condition.label || condition.id } };
    }
    return { type: "next", handle: "else", output: { matched: "else" } };
  },
});
