import type { BranchOperator } from "./operators";

/** One comparison of rendered values. Numeric operators compare numbers, else fail. */
export function evaluate(op: BranchOperator, left: string, right: string, ignoreCase = false): boolean {
  const l = ignoreCase ? left.toLowerCase() : left;
  const r = ignoreCase ? right.toLowerCase() : right;
  switch (op) {
    case "equals":
      return l.trim() === r.trim();
    case "notEquals":
      return l.trim() !== r.trim();
    case "contains":
      return l.includes(r);
    case "notContains":
      return !l.includes(r);
    case "startsWith":
      return l.startsWith(r);
    case "endsWith":
      return l.endsWith(r);
    case "matches":
      try {
        return new RegExp(right, ignoreCase ? "i" : "").test(left);
      } catch {
        return false;
      }
    case "gt":
    case "gte":
    case "lt":
    case "lte": {
      const a = toNumber(left);
      const b = toNumber(right);
      if (a === null || b === null) return false;
      return op === "gt" ? a > b : op === "gte" ? a >= b : op === "lt" ? a < b : a <= b;
    }
    case "isEmpty":
      return left.trim() === "";
    case "isNotEmpty":
      return left.trim() !== "";
    case "in":
      return r.split(",").map((item) => item.trim()).includes(l.trim());
  }
}

function toNumber(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
}
