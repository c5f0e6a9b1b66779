#!/usr/bin/env bash
# `npm run mcp:conformance`: the server scenarios of the MCP conformance suite
# (@modelcontextprotocol/conformance) against a gateway's Streamable HTTP endpoint, /mcp. Builds,
# starts the gateway on a free port of 127.0.0.1 (on the demo catalog unless ANIME_DB_PATH names a
# file; nothing downloaded, no model), waits for /ready, runs the suite and stops the gateway.
# .ci/mcp-conformance-baseline.yml lists the scenarios that do not apply, each with why; any other
# failure, or a listed scenario that passes, fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run build --silent
results=$(mktemp -d -t anigraph-mcp-conformance-XXXXXX)
port=$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")

# The suite is one client sending a few hundred requests in seconds: the burst bucket and the free
# tier's daily quotas (anonymous callers, by IP) would refuse it, so they are lifted for this run.
PORT=$port HOST=127.0.0.1 RATE_LIMIT_PER_IP=100000/1s QUOTA_FREE_QUERIES_PER_DAY=0 QUOTA_FREE_ENHANCED_PER_DAY=0 \
  ANIME_DB_PATH="${ANIME_DB_PATH:-$results/no-catalog.json}" CATALOG_AUTO_DOWNLOAD=false CATALOG_UPDATE_INTERVAL=0 \
  SEMANTIC_SEARCH=false IMAGE_SEARCH=false SCHEDULE_POLL_INTERVAL=0 LOG_LEVEL="${LOG_LEVEL:-warn}" NODE_ENV=production \
  node dist/gateway/index.js >"$results/gateway.log" 2>&1 &
gateway=$!
trap 'kill "$gateway" 2>/dev/null || true; wait "$gateway" 2>/dev/null || true' EXIT

# Up to 60 s for /ready; a gateway that exits meanwhile shows its log.
if ! node -e "
  const deadline = Date.now() + 60_000;
  (async () => {
    while (Date.now() < deadline) {
      const ok = await fetch('http://127.0.0.1:$port/ready').then((r) => r.ok, () => false);
      if (ok) process.exit(0);
      try { process.kill($gateway, 0); } catch { process.exit(1); }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.exit(1);
  })();
"; then
  echo "mcp:conformance: the gateway did not get ready; its log:" >&2
  cat "$results/gateway.log" >&2
  exit 1
fi

echo "mcp:conformance: gateway ready at http://127.0.0.1:$port/mcp; results in $results"
npx --no-install conformance server --url "http://127.0.0.1:$port/mcp" \
  --expected-failures .ci/mcp-conformance-baseline.yml --output-dir "$results"
