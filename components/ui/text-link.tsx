import Link from "next/link";
import type { ComponentProps } from "react";

/** A link's look in running text, lists and tables: blue, underlined on hover. */
export const textLinkClasses = "text-blue-800 hover:underline dark:text-blue-300";

/** A link in the page's text. `className` adds to the look (size, weight, spacing). */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link {...props} className={className ? `${className} ${textLinkClasses}` : textLinkClasses} />;
}
