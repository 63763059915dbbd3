import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Role } from "@/lib/generated/prisma/enums";

type UserRow = { id: string; name: string; email: string; role: Role; disabled: boolean; updatedAt: Date; linkWaiting: boolean };

/** Everyone who can sign in or could; each name leads to the user's page. */
export async function UserTable({ users }: { users: UserRow[] }) {
  const [t, tr, format] = await Promise.all([getTranslations("admin.users"), getTranslations("roles"), getFormatter()]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="border-b border-zinc-300 dark:border-zinc-700">
          <tr>
            <th scope="col" className="py-2 pr-4">{t("name")}</th>
            <th scope="col" className="py-2 pr-4">{t("email")}</th>
            <th scope="col" className="py-2 pr-4">{t("role")}</th>
            <th scope="col" className="py-2 pr-4">{t("status")}</th>
            <th scope="col" className="py-2 pr-4">{t("updatedAt")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={`border-b border-zinc-200 align-top dark:border-zinc-800 ${user.disabled ? "text-zinc-500 dark:text-zinc-400" : ""}`}>
              <th scope="row" className="py-2 pr-4">
                <Link href={`/admin/users/${user.id}`} className="font-semibold text-blue-800 hover:underline dark:text-blue-300">
                  {user.name}
                </Link>
              </th>
              <td className="py-2 pr-4 font-mono text-xs">{user.email}</td>
              <td className="py-2 pr-4">{tr(user.role)}</td>
              <td className="py-2 pr-4">
                {user.disabled ? t("disabled") : t("active")}
                {user.linkWaiting && !user.disabled && <span className="block text-xs">{t("linkWaiting")}</span>}
              </td>
              <td className="py-2 pr-4 tabular-nums">{format.dateTime(user.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
