import { controlProps, Field } from "@/components/ui/field";

/**
 * A password input. Never pre-filled: a password typed before a refused save is not sent back to the browser.
 * `autoComplete` tells password managers whether to offer the saved one or to save a new one.
 */
export function PasswordInput({
  id,
  name = id,
  label,
  help,
  errors,
  autoComplete,
}: {
  id: string;
  name?: string;
  label: string;
  help?: string;
  errors?: string[];
  autoComplete: "current-password" | "new-password" | "off";
}) {
  return (
    <Field id={id} label={label} help={help} errors={errors}>
      {(d, i) => <input id={id} name={name} type="password" autoComplete={autoComplete} spellCheck={false} {...controlProps(d, i)} />}
    </Field>
  );
}
