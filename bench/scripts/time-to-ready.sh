#!/usr/bin/env bash
# Measures the README's run command: seconds from launch until GET /v1/status/readyz answers 200
# (embedded PostgreSQL, Redis, Kafka started and the JAR ready), then stops everything.
# Usage: bench/scripts/time-to-ready.sh   (from the repository root; port 8080 must be free)
set -euo pipefail
cd "$(dirname "$0")/../.."
log=$(mktemp)
start=$(date +%s%N)
./mvnw -DskipTests -Pdev package >"$log" 2>&1 &
launcher=$!
trap 'kill -TERM "$launcher" 2>/dev/null; wait "$launcher" 2>/dev/null || true' EXIT
until curl -sf -o /dev/null http://localhost:8080/v1/status/readyz; do
  if ! kill -0 "$launcher" 2>/dev/null; then
    echo "the run command exited before it was ready; log: $log" >&2
    exit 1
  fi
  sleep 0.1
done
end=$(date +%s%N)
echo "ready $(( (end - start) / 1000000 )) ms after the run command started (log: $log)"
