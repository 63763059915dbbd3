import type { ReactNode } from "react";

/**
 * A labelled control with its help and its errors, tied together by ids so that a screen reader reads the
 * label, the help and the error of the field it is on.
 */
export function Field({
  id,
  label,
  help,
  errors,
  children,
}: {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  errors?: string[];
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const helpId = help ? `${id}-help` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {children(describedBy, Boolean(errorId))}
      {help && (
        <p id={helpId} className="text-xs text-zinc-600 dark:text-zinc-400">
          {help}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

export const inputClasses =
  "w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100";

/** Props that tie a control to its help and error (from Field) and mark it invalid. */
export function controlProps(describedBy: string | undefined, invalid: boolean, className: string = inputClasses) {
  return { "aria-describedby": describedBy, "aria-invalid": invalid || undefined, className };
}
