"use client";

import { useId, type ReactNode } from "react";
import { optionsOf, resolveRefs, type FlowComponent, type FlowValues } from "@/lib/whatsapp/flow-form";

type Props = {
  component: FlowComponent;
  form: FlowValues;
  data: FlowValues;
  error?: string;
  onChange(name: string, value: unknown): void;
};

const INPUT = {
  text: { type: "text" },
  email: { type: "email", inputMode: "email" },
  number: { type: "text", inputMode: "decimal" },
  password: { type: "password" },
  passcode: { type: "password", inputMode: "numeric" },
  phone: { type: "tel", inputMode: "tel" },
} as const;

const box = "w-full rounded-lg border bg-white px-3 py-2.5 text-[15px] text-[#111b21] outline-none focus:border-[#00a884] focus:ring-1 focus:ring-[#00a884]";

/** One component of a Flow screen, drawn the way WhatsApp draws it. */
export function FlowField({ component: c, form, data, error, onChange }: Props) {
  const id = useId();
  const text = (value: unknown) => String(resolveRefs(value, { form, data }) ?? "");
  const name = c.name ?? "";
  const label = text(c.label);
  const value = form[name];
  const border = error ? "border-rose-500" : "border-[#d1d7db]";
  const helper = error ? <p className="mt-1 text-[12px] text-rose-600" role="alert">{error}</p> : c["helper-text"] ? <p className="mt-1 text-[12px] text-[#667781]">{text(c["helper-text"])}</p> : null;
  const required = c.required === true ? undefined : <span className="text-[#667781]"> (optional)</span>;
  // What every boxed input shares: its id for the label, its value, its error state.
  const boxed = {
    id,
    className: `${box} ${border}`,
    value: String(value ?? ""),
    onChange: (e: { target: { value: string } }) => onChange(name, e.target.value),
    "aria-invalid": Boolean(error),
  };
  const labelled = (control: ReactNode) => (
    <div>
      <label htmlFor={id} className="mb-1 block text-[13px] text-[#54656f]">{label}{required}</label>
      {control}
      {helper}
    </div>
  );

  switch (c.type) {
    case "TextHeading":
      return <h2 className="text-[20px] leading-tight font-semibold text-[#111b21]">{text(c.text)}</h2>;
    case "TextSubheading":
      return <h3 className="text-[16px] font-semibold text-[#111b21]">{text(c.text)}</h3>;
    case "TextBody":
      return <p className="text-[15px] whitespace-pre-wrap text-[#111b21]">{text(c.text)}</p>;
    case "TextCaption":
      return <p className="text-[13px] text-[#667781]">{text(c.text)}</p>;
    case "TextInput": {
      const kind = INPUT[String(c["input-type"] ?? "text") as keyof typeof INPUT] ?? INPUT.text;
      return labelled(<input {...boxed} {...kind} />);
    }
    case "TextArea":
      return labelled(<textarea {...boxed} rows={3} className={`${boxed.className} resize-none`} />);
    case "Dropdown":
      return labelled(
        <select {...boxed}>
          <option value="">Select</option>
          {optionsOf(c, data).map((o) => <option key={o.id} value={o.id}>{o.title}</option>)}
        </select>,
      );
    case "RadioButtonsGroup":
    case "CheckboxGroup": {
      const many = c.type === "CheckboxGroup";
      const picked = many ? ((value as string[] | undefined) ?? []) : [];
      return (
        <fieldset className="min-w-0">
          <legend className="mb-1 text-[15px] font-medium text-[#111b21]">{label}{required}</legend>
          <div className="divide-y divide-[#e9edef]">
            {optionsOf(c, data).map((o) => (
              <label key={o.id} className="flex cursor-pointer items-center gap-3 py-2.5">
                <span className="min-w-0 flex-1">
                  <span className="block text-[15px] text-[#111b21]">{o.title}</span>
                  {o.description && <span className="block text-[13px] text-[#667781]">{o.description}</span>}
                </span>
                <input
                  type={many ? "checkbox" : "radio"}
                  name={`${id}-${name}`}
                  className="size-5 accent-[#00a884]"
                  checked={many ? picked.includes(o.id) : value === o.id}
                  onChange={(e) => onChange(name, many ? (e.target.checked ? [...picked, o.id] : picked.filter((p) => p !== o.id)) : o.id)}
                />
              </label>
            ))}
          </div>
          {helper}
        </fieldset>
      );
    }
    case "DatePicker":
      return labelled(<input {...boxed} type="date" min={text(c["min-date"]) || undefined} max={text(c["max-date"]) || undefined} />);
    case "OptIn":
      return (
        <div>
          <label className="flex cursor-pointer items-start gap-3 text-[15px] text-[#111b21]">
            <input type="checkbox" className="mt-0.5 size-5 accent-[#00a884]" checked={value === true} onChange={(e) => onChange(name, e.target.checked)} />
            <span>{label}{required}</span>
          </label>
          {helper}
        </div>
      );
    case "EmbeddedLink":
      return <span className="text-[15px] font-medium text-[#00a884]">{text(c.text)}</span>;
    default:
      return <p className="rounded-md bg-[#f0f2f5] px-3 py-2 text-[12px] text-[#667781]">{c.type} is not drawn in the preview</p>;
  }
}
