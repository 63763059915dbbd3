import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import type { SignInThrottle as SignInThrottleView } from "@/lib/auth/sign-in-limits";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { ClearSignInThrottleForm } from "./clear-sign-in-throttle-form";

type State = FormState<FieldValues<never>>;

/**
 * The failed sign-ins counted against a user's account, for an admin: how many, from how many addresses, since
 * when, whether sign-in is slowed down or an address refused, and a button to clear them.
 */
export async function SignInThrottle({
  throttle,
  userId,
  action,
}: {
  throttle: SignInThrottleView;
  userId: string;
  action: (state: State, formData: FormData) => Promise<State>;
}) {
  const [t, format] = await Promise.all([getTranslations("admin.user"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const slowed = throttle.waitSeconds > 0 || throttle.refusedAddresses > 0;
  return (
    <>
      <Notice tone={slowed ? "warning" : "info"}>
        <p>
          {throttle.addresses > 0
            ? t("signInCounted", { failures: throttle.failures, addresses: throttle.addresses, since: when(throttle.since) })
            : t("signInCountedUnknown", { failures: throttle.failures, since: when(throttle.since) })}
        </p>
        {throttle.waitSeconds > 0 && <p className="mt-1">{t("signInSlowed", { seconds: throttle.waitSeconds })}</p>}
        {throttle.refusedAddresses > 0 && (
          <p className="mt-1">{t("signInRefused", { refused: throttle.refusedAddresses, limit: throttle.refusedLimit, until: when(throttle.until) })}</p>
        )}
        <p className="mt-1">{t("signInEnds", { until: when(throttle.until) })}</p>
      </Notice>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("signInClearHelp")}</p>
      <ClearSignInThrottleForm action={action} userId={userId} />
    </>
  );
}
