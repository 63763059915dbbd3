import { getFormatter, getTranslations } from "next-intl/server";
import { Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { AccountChange } from "@/lib/domain/wave-changes";
import { ChangeSideCell } from "./change-side-cell";

type ChangeRow = {
  id: string;
  fullName: string;
  accounts: (AccountChange & { account: { handle: string | null; label: string | null } | null })[];
};

/** One page of officials, each account a row: then, now, the follower change and what else changed. */
export async function ChangesTable({ rows }: { rows: ChangeRow[] }) {
  const [t, tp, te, tv, ta, format] = await Promise.all([
    getTranslations("waveChanges"),
    getTranslations("platforms"),
    getTranslations("existence"),
    getTranslations("visibility"),
    getTranslations("activity"),
    getFormatter(),
  ]);
  // A handful of states over some 400 cells: each looked up once.
  const once = (translate: (key: string) => string) => {
    const seen = new Map<string, string>();
    return (key: string) => seen.get(key) ?? seen.set(key, translate(key)).get(key)!;
  };
  const words = {
    notSurveyed: t("notSurveyed"),
    existence: once((existence) => te(existence as never)),
    visibility: once((visibility) => tv(visibility as never)),
    activity: once((activity) => ta(activity as never)),
    followers: (count: number, approximate: boolean) => `${approximate ? "≈ " : ""}${t("followers", { count })}`,
    carried: (date: Date) => t("carried", { date: format.dateTime(date, { dateStyle: "medium", timeZone: "Asia/Almaty" }) }),
  };
  const platformName = once((platform) => tp(platform as never));
  const signed = (value: number) => `${value > 0 ? "+" : value < 0 ? "−" : ""}${format.number(Math.abs(value))}`;
  // Wide on a phone: a scrolling region a keyboard can reach (axe: scrollable-region-focusable).
  return (
    <div className="relative overflow-x-auto" role="region" aria-label={t("title")} tabIndex={0}>
      <Table
        scroll={false}
        caption={t("title")}
        head={
          <>
            <th scope="col">{t("official")}</th>
            <th scope="col">{t("platform")}</th>
            <th scope="col">{t("account")}</th>
            <th scope="col">{t("then")}</th>
            <th scope="col">{t("now")}</th>
            <th scope="col" className="text-right">
              {t("change")}
            </th>
            <th scope="col">{t("changes")}</th>
          </>
        }
      >
        {rows.flatMap((row) =>
          row.accounts.map((change, index) => (
            <Row key={`${row.id}|${change.platform}|${change.accountId ?? ""}`}>
              {index === 0 ? (
                <th scope="row" rowSpan={row.accounts.length} className="align-top font-normal">
                  <TextLink href={`/officials/${row.id}`}>{row.fullName}</TextLink>
                </th>
              ) : null}
              <td>{platformName(change.platform)}</td>
              <td>{change.account ? (change.account.label ?? (change.account.handle ? `@${change.account.handle}` : "—")) : t("noAccountName")}</td>
              <td>
                <ChangeSideCell side={change.then} words={words} />
              </td>
              <td>
                <ChangeSideCell side={change.now} words={words} />
              </td>
              <td className="text-right tabular-nums">
                {change.followerChange ? (
                  <>
                    {change.followerChange.approximate ? "≈ " : ""}
                    {signed(change.followerChange.delta)}
                    {change.followerChange.percent !== null && (
                      <span className="block text-xs">
                        {change.followerChange.approximate ? "≈ " : ""}
                        {signed(Math.round(change.followerChange.percent * 10) / 10)} %
                      </span>
                    )}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td>{[...change.changes.map((kind) => t(`kinds.${kind}`)), ...(change.notRechecked.length ? [t("notRechecked")] : [])].join(", ") || "—"}</td>
            </Row>
          )),
        )}
      </Table>
    </div>
  );
}
