"use client";

import type { ReactNode } from "react";
import { Button } from "./button";
import { Dialog } from "./dialog";

/**
 * "Remove X?" for something that cannot be undone: Cancel has the focus, the action is
 * red. Open while `subject` is set; confirming closes first, then acts.
 */
export function ConfirmDialog<T>({ subject, title, description, action, onClose, onConfirm }: {
  subject: T | null;
  title: (subject: T) => string;
  description: ReactNode;
  action: string;
  onClose: () => void;
  onConfirm: (subject: T) => void;
}) {
  return (
    <Dialog
      open={subject !== null}
      onClose={onClose}
      title={subject !== null ? title(subject) : ""}
      description={description}
      footer={
        <>
          <Button data-autofocus onClick={onClose}>Cancel</Button>
          <Button
            variant="danger"
            onClick={() => {
              const confirmed = subject!;
              onClose();
              onConfirm(confirmed);
            }}
          >
            {action}
          </Button>
        </>
      }
    />
  );
}
