import "server-only";
import { CLIENT_ADDRESS_HEADER, normalizeAddress, serverSetsClientAddress } from "@/lib/http/client-address";
import { logger } from "@/lib/logger";

let warned = false;

/**
 * The address the per-address sign-in limits count: the one server/index.ts worked out from the connection and
 * TRUSTED_PROXIES (server/client-address.ts). Never X-Forwarded-For as the request carries it: anyone can write
 * that header, and a new value per attempt would start a new count each time.
 *
 * Null when the address is unknown: when server/index.ts is not in front (`next dev`, `next start` by hand), where
 * the header could have come from the client, and when a trusted proxy did not say. The limits then count the account
 * alone (a brake, never a lockout), rather than put every such request into one bucket that one person could fill.
 */
export function clientAddress(headers: Headers | undefined): string | null {
  if (!serverSetsClientAddress()) {
    if (!warned) {
      warned = true;
      logger.warn("the client's address is unknown (Ashyq was not started with server/index.ts, `npm start`): sign-in limits per address are off");
    }
    return null;
  }
  return normalizeAddress(headers?.get(CLIENT_ADDRESS_HEADER));
}
