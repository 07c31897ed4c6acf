/** Comparison operators of a branch condition; `unary` ones take no right-hand side. */
export const BRANCH_OPERATORS = {
  equals: { label: "equals", unary: false },
  notEquals: { label: "does not equal", unary: false },
  contains: { label: "contains", unary: false },
  notContains: { label: "does not contain", unary: false },
  startsWith: { label: "starts with", unary: false },
  endsWith: { label: "ends with", unary: false },
  matches: { label: "matches regex", unary: false },
  gt: { label: ">", unary: false },
  gte: { label: "≥", unary: false },
  lt: { label: "<", unary: false },
  lte: { label: "≤", unary: false },
  isEmpty: { label: "is empty", unary: true },
  isNotEmpty: { label: "is not empty", unary: true },
  in: { label: "is one of", unary: false },
} as const;

export type BranchOperator = keyof typeof BRANCH_OPERATORS;

export const BRANCH_OPERATOR_NAMES = Object.keys(BRANCH_OPERATORS) as [BranchOperator, ...BranchOperator[]];
