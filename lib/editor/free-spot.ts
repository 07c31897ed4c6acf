import type { EditorNode } from "./editor-graph";

type Point = { x: number; y: number };
type Rect = Point & { width: number; height: number };

/** What a new step occupies before it is measured (a step node is w-64; a short one is ~140 px tall). */
export const NEW_STEP_SIZE = { width: 256, height: 160 };
const GAP = 40;

/**
 * The first place near `want` where a new step overlaps no other: `want` itself, then
 * below and above it by a step's height at a time, then the same one column further
 * right. Steps added from an output land beside their parent, never on a neighbour.
 */
export function freeSpot(nodes: EditorNode[], want: Point, size = NEW_STEP_SIZE): Point {
  const taken = nodes.map(rectOf);
  const rows = [0, 1, -1, 2, -2, 3, -3, 4, 5, 6];
  for (let column = 0; column < 6; column++) {
    for (const row of rows) {
      const spot = { x: Math.round(want.x + column * (size.width + GAP)), y: Math.round(want.y + row * (size.height + GAP / 2)) };
      const box = { ...spot, width: size.width, height: size.height };
      if (!taken.some((t) => overlaps(t, box))) return spot;
    }
  }
  return { x: Math.round(want.x), y: Math.round(want.y) };
}

/** Where a step continuing from `parent`'s output goes first: to its right, level with it. */
export function besideParent(parent: EditorNode): Point {
  const { x, y, width } = rectOf(parent);
  return { x: x + width + 80, y };
}

export function rectOf(node: EditorNode): Rect {
  return {
    x: node.position.x,
    y: node.position.y,
    width: node.measured?.width ?? node.width ?? node.initialWidth ?? NEW_STEP_SIZE.width,
    height: node.measured?.height ?? node.height ?? node.initialHeight ?? NEW_STEP_SIZE.height,
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  const pad = GAP / 2;
  return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;
}
