export { AppMetrics } from './app-metrics.js';
export { operationName } from './labels.js';
export { PendingOperations } from './pending.js';
export { RequestMetrics, TRANSPORTS, type Outcome, type Transport } from './requests.js';
export { BREAKER_VALUES, type MetricSources } from './sources.js';
