// The status page's script: reads status.json every few seconds (`?refresh=<seconds>`, at least
// half a second) and updates the page in place. No framework, nothing from another host.
/* global document, location */

const refreshSeconds = Number(new URLSearchParams(location.search).get('refresh') ?? 5);
const REFRESH_MS = Math.max(500, (Number.isFinite(refreshSeconds) ? refreshSeconds : 5) * 1000);

const percent = (share) => (share === null || share === undefined ? '–' : `${Math.round(share * 1000) / 10}%`);
const ms = (value) => (value === null || value === undefined ? '–' : `${value} ms`);

/** A row of cells, each with its field name in data-field (what the browser test reads). */
function row(key, cells) {
  const tr = document.createElement('tr');
  tr.dataset.key = key;
  for (const [field, text, className] of cells) {
    const td = document.createElement('td');
    td.dataset.field = field;
    td.textContent = text;
    if (className) td.className = className;
    tr.append(td);
  }
  return tr;
}

function fill(id, rows) {
  document.querySelector(`#${id} tbody`).replaceChildren(...rows);
}

function quotaText(quota) {
  if (!quota.length) return '–';
  return quota.map((w) => `${percent(w.used)} of ${w.limit}/${w.windowSeconds}s`).join(', ');
}

function sparkline(values) {
  const line = document.querySelector('#sparkline polyline');
  if (values.length < 2) return line.setAttribute('points', '');
  const max = Math.max(...values, 1);
  const step = 240 / (values.length - 1);
  line.setAttribute('points', values.map((v, i) => `${(i * step).toFixed(1)},${(38 - (v / max) * 36).toFixed(1)}`).join(' '));
}

function render(data) {
  fill(
    'platforms',
    data.platforms.map((p) =>
      row(p.platform, [
        ['platform', p.platform],
        ['breaker', p.breaker + (p.retryAfterSeconds ? ` (retry in ${p.retryAfterSeconds} s)` : ''), p.breaker],
        ['errorRate', percent(p.errorRate)],
        ['latency', `${ms(p.latencyMs.p50)} / ${ms(p.latencyMs.p95)}`],
        ['quota', quotaText(p.quota)],
        ['lastError', p.lastError ? `${p.lastError.code} at ${new Date(p.lastError.at).toLocaleTimeString()}` : '–'],
      ]),
    ),
  );
  fill(
    'cache',
    Object.entries(data.cache).map(([tier, c]) =>
      row(tier, [
        ['tier', tier],
        ['hits', String(c.hits)],
        ['misses', String(c.misses)],
        ['hitRate', percent(c.hitRate)],
      ]),
    ),
  );
  fill(
    'requests',
    Object.entries(data.requests.byTransport).map(([transport, count]) =>
      row(transport, [
        ['transport', transport],
        ['count', String(count)],
      ]),
    ),
  );
  document.getElementById('p50').textContent = ms(data.requests.p50Ms);
  document.getElementById('p95').textContent = ms(data.requests.p95Ms);
  sparkline(data.requests.recentMs);
  document.getElementById('subscriptions').textContent = String(data.subscriptionsOpen);
  document.getElementById('mcp-sessions').textContent = String(data.mcpSessionsOpen);
}

async function refresh() {
  const updated = document.getElementById('updated');
  try {
    const response = await fetch('status.json', { cache: 'no-store' });
    if (!response.ok) throw new Error(`status.json answered ${response.status}`);
    render(await response.json());
    updated.textContent = `Updated ${new Date().toLocaleTimeString()}, every ${REFRESH_MS / 1000} s`;
    updated.className = '';
  } catch (error) {
    updated.textContent = `Not updated: ${error.message}; trying again`;
    updated.className = 'stale';
  } finally {
    setTimeout(refresh, REFRESH_MS);
  }
}

void refresh();
