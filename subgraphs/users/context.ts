import type { UserStore } from '../../lib/users/user-store.js';

export interface UsersContext {
  /** The store, once the database is open (and migrated). */
  store(): Promise<UserStore>;
  /** Whether operators exist here at all: ADMIN_API_KEY is set (an admin viewer is refused otherwise). */
  adminEnabled: boolean;
  /** Tells every gateway at once that a key or a user changed (lib/users/revocations.ts). */
  announce: {
    keyRevoked(keyId: string): Promise<void>;
    userChanged(userId: string): Promise<void>;
  };
}
