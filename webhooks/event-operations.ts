// Each webhook event as the named subscription (schema/operations/webhooks.graphql) that tells it, and
// how one of its results becomes a delivery: the event's key (the same in every gateway instance that
// sees the event, so that the outbox keeps one delivery) and the body's `data`.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  WebhookAiringSoonDocument,
  WebhookCatalogUpdatedDocument,
  WebhookEpisodeAiredDocument,
  WebhookScheduleChangedDocument,
} from '../lib/operations.generated.js';
import { AIRING_SOON_MINUTES, type WebhookEventName } from '../lib/webhooks/events.js';
import type { StoredFilter } from '../lib/webhooks/filter.js';

export interface EventOperation {
  document: TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
  variables(filter: StoredFilter | null): Record<string, unknown>;
  /** The event a result tells: its key and the delivery's data; undefined for a result without one. */
  read(data: Record<string, unknown>): { key: string; data: Record<string, unknown> } | undefined;
}

type Json = Record<string, unknown>;
const field = (data: Json, name: string) => data[name] as Json | null | undefined;
const typed = (document: unknown) => document as EventOperation['document'];

export const EVENT_OPERATIONS: Record<WebhookEventName, EventOperation> = {
  // One episode airs once: its entry id is the anime, the air type and the episode.
  EPISODE_AIRED: {
    document: typed(WebhookEpisodeAiredDocument),
    variables: (filter) => ({ filter }),
    read: (data) => {
      const entry = field(data, 'episodeAired');
      return entry ? { key: `EPISODE_AIRED:${entry.id}`, data: entry } : undefined;
    },
  },
  // An episode moved to another time is told again for its new time.
  AIRING_SOON: {
    document: typed(WebhookAiringSoonDocument),
    variables: (filter) => ({ filter, withinMinutes: AIRING_SOON_MINUTES }),
    read: (data) => {
      const entry = field(data, 'airingSoon');
      return entry ? { key: `AIRING_SOON:${entry.id}:${entry.airingAt}`, data: entry } : undefined;
    },
  },
  SCHEDULE_CHANGED: {
    document: typed(WebhookScheduleChangedDocument),
    variables: (filter) => ({ filter }),
    read: (data) => {
      const change = field(data, 'scheduleChanged');
      const entry = change && field(change, 'entry');
      if (!change || !entry) return undefined;
      return { key: `SCHEDULE_CHANGED:${change.kind}:${entry.id}:${entry.airingAt}:${change.previousAiringAt ?? ''}`, data: change };
    },
  },
  // An update is the new catalog's version: instances that load the same release tell the same one.
  CATALOG_UPDATED: {
    document: typed(WebhookCatalogUpdatedDocument),
    variables: (filter) => ({ filter }),
    read: (data) => {
      const update = field(data, 'catalogUpdated');
      return update ? { key: `CATALOG_UPDATED:${update.id}`, data: update } : undefined;
    },
  },
};
