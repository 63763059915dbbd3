import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    sessionVersion: number;
    /** This session's own id, for revoking it at sign-out (lib/data/users/revoke-session.ts). */
    sid?: string;
    /** Seconds since the epoch: sessions end SESSION_MAX_AGE after the sign-in, however often they are refreshed. */
    signedInAt?: number;
    user: { id: string; role: Role; name: string; email: string };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    sessionVersion: number;
    sid?: string;
    signedInAt?: number;
  }
}
