import { getFormatter, getTranslations } from "next-intl/server";
import { Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { Role } from "@/lib/generated/prisma/enums";

type UserRow = { id: string; name: string; email: string; role: Role; disabled: boolean; updatedAt: Date; linkWaiting: boolean };

/** Everyone who can sign in or could; each name leads to the user's page. */
export async function UserTable({ users }: { users: UserRow[] }) {
  const [t, tr, format] = await Promise.all([getTranslations("admin.users"), getTranslations("roles"), getFormatter()]);
  return (
    <Table
      caption={t("tableCaption")}
      head={
        <>
          <th scope="col">{t("name")}</th>
          <th scope="col">{t("email")}</th>
          <th scope="col">{t("role")}</th>
          <th scope="col">{t("status")}</th>
          <th scope="col">{t("updatedAt")}</th>
        </>
      }
    >
      {users.map((user) => (
        <Row key={user.id} className={user.disabled ? "text-zinc-500 dark:text-zinc-400" : undefined}>
          <th scope="row">
            <TextLink href={`/admin/users/${user.id}`} className="font-semibold">
              {user.name}
            </TextLink>
          </th>
          <td className="font-mono text-xs">{user.email}</td>
          <td>{tr(user.role)}</td>
          <td>
            {user.disabled ? t("disabled") : t("active")}
            {user.linkWaiting && !user.disabled && <span className="block text-xs">{t("linkWaiting")}</span>}
          </td>
          <td className="tabular-nums">{format.dateTime(user.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
        </Row>
      ))}
    </Table>
  );
}
