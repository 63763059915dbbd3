"use client";

import { useState } from "react";

/** The code to paste, selectable by hand; with JavaScript, a button copies it. */
export function CopyCode({ id, code, label, copyLabel, copiedLabel }: { id: string; code: string; label: string; copyLabel: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        value={code}
        rows={6}
        onFocus={(event) => event.currentTarget.select()}
        className="w-full rounded-md border border-zinc-400 bg-zinc-50 p-2 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-900"
      />
      <div className="flex items-center gap-3">
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(code);
            setCopied(true);
          }}
          className="rounded-md border border-zinc-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:hover:bg-zinc-800"
        >
          {copyLabel}
        </button>
        <span role="status" className="text-sm text-green-800 dark:text-green-300">
          {copied ? copiedLabel : ""}
        </span>
      </div>
    </div>
  );
}
