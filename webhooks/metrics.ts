// The dispatcher's figures at /metrics: attempts by event and outcome (this instance's), and the
// deliveries waiting in the outbox (the database's, so every instance shows the same number).
import { Counter, Gauge, type Registry } from 'prom-client';
import { WEBHOOK_EVENTS, type WebhookEventName } from '../lib/webhooks/events.js';

export type AttemptOutcome = 'delivered' | 'retry' | 'failed';
const OUTCOMES: AttemptOutcome[] = ['delivered', 'retry', 'failed'];

export class WebhookMetrics {
  private readonly attempts: Counter<'event' | 'outcome'>;

  constructor(registry: Registry, pending: () => Promise<number>) {
    this.attempts = new Counter({
      name: 'anigraph_webhook_deliveries_total',
      help: 'Webhook delivery attempts: delivered (2xx), retry (failed, another attempt is due) or failed (failed, no more attempts)',
      labelNames: ['event', 'outcome'],
      registers: [registry],
    });
    for (const event of WEBHOOK_EVENTS) for (const outcome of OUTCOMES) this.attempts.inc({ event, outcome }, 0);
    new Gauge({
      name: 'anigraph_webhook_deliveries_pending',
      help: 'Webhook deliveries waiting for an attempt, in the database (every instance shows the same)',
      registers: [registry],
      async collect() {
        this.set(await pending().catch(() => NaN));
      },
    });
  }

  attempt(event: WebhookEventName, outcome: AttemptOutcome): void {
    this.attempts.inc({ event, outcome });
  }
}
