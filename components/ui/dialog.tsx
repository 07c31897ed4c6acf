"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { X } from "lucide-react";

/**
 * A modal on the native <dialog>: focus trapping, Escape, the backdrop and giving focus
 * back to what opened it come from the browser. Open state is the parent's. It focuses
 * the element marked `data-autofocus` (Cancel, in a destructive dialog), else its first
 * field, else its first button; never the close button in the corner.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  wide = false,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  /** For dialogs that show content (a diff), not just a question. */
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // Closes this component asked for: their close events are queued, and must not close the owner again.
  const ownCloses = useRef(0);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>("[data-autofocus]") ?? dialog.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select, [data-dialog-body] button");
      first?.focus();
    }
    if (!open && dialog.open) {
      ownCloses.current++;
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      // The close event is queued: it may arrive after the owner opened the dialog again
      // (busy machine, the same file picked again), even before React has shown it. A close
      // this component made is already known to its owner; only one the browser made on its
      // own, with the dialog really closed, closes the owner.
      onClose={() => {
        if (ownCloses.current > 0) ownCloses.current--;
        else if (!ref.current?.open) onClose();
      }}
      // Escape closes through the owner's state, at once: left to the browser, the dialog
      // was closed while its owner still thought it open until the queued close event came,
      // and a second open in between (the same file picked again) was lost.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => event.target === ref.current && onClose()}
      aria-label={title}
      className={`m-auto w-full ${wide ? "max-w-2xl" : "max-w-md"} rounded-2xl bg-white p-0 text-slate-900 shadow-2xl ring-1 ring-slate-900/10 backdrop:bg-slate-900/40 backdrop:backdrop-blur-[2px]`}
    >
      {open && (
        <div className="p-6">
          <div className="flex items-start justify-between gap-4">
            <div>
              <h2 className="text-base font-semibold">{title}</h2>
              {description && <div className="mt-1 text-sm text-slate-500">{description}</div>}
            </div>
            <button type="button" onClick={onClose} className="-m-1 rounded-md p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-600" aria-label="Close">
              <X className="size-4" />
            </button>
          </div>
          {children && <div className="mt-5" data-dialog-body>{children}</div>}
          {footer && <div className="mt-6 flex justify-end gap-2" data-dialog-body>{footer}</div>}
        </div>
      )}
    </dialog>
  );
}
