import { Icon } from "@/components/ui/icon";
import { CATEGORY_STYLE } from "./category-style";

/** A step's icon on its category's colour, as nodes draw it. */
export function StepIcon({ icon, category }: { icon: string; category: string }) {
  return (
    <span className={`grid size-8 shrink-0 place-items-center rounded-lg ring-1 ${CATEGORY_STYLE[category] ?? CATEGORY_STYLE.logic}`}>
      <Icon name={icon} className="size-4" />
    </span>
  );
}
