import { registerEnumType } from 'type-graphql';

/** A user's tier: what their quotas are (the gateway counts them). */
export enum Tier {
  FREE = 'FREE',
  PREMIUM = 'PREMIUM',
  ENTERPRISE = 'ENTERPRISE',
}

registerEnumType(Tier, {
  name: 'Tier',
  description: "A user's tier, which sets their quotas.",
  valuesConfig: {
    FREE: { description: 'The free tier: the smallest quotas (also what anonymous callers get).' },
    PREMIUM: { description: 'The paid tier: larger quotas.' },
    ENTERPRISE: { description: 'The largest quotas, for organisations.' },
  },
});
