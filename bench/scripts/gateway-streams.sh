#!/usr/bin/env bash
# N concurrent Claude Messages SSE streams through switchyard.jar against the Kiro simulator.
# Usage: bench/scripts/gateway-streams.sh [streams=1000] [hold-seconds=60] [probes=300] [pool=bench|redis]   (from the repository root)
# pool=redis: the account comes from a real Redis (Node layout) through the production pool adapters, and the
# probes' Redis round trips are reported.
# Each stream costs the gateway two file descriptors (client + Kiro) and the driver two (its client + the
# simulator): `ulimit -n` caps N.
set -euo pipefail
cd "$(dirname "$0")/../.."
streams=${1:-1000}; hold=${2:-60}; probes=${3:-300}; pool=${4:-bench}
. .mvn/find-jdk.sh   # JAVA_HOME: a JDK 21+, as ./mvnw picks it
cp_file=$(mktemp)
# one reactor run: the sibling modules resolve from it (never from ~/.m2); the bench module is built last, so its classpath is kept
./mvnw -q -DskipTests package dependency:build-classpath -pl bootstrap,bench/gateway-api -am \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "bench/gateway-api/target/classes:$(cat "$cp_file")" \
  dev.switchyard.bench.gatewayapi.GatewayStreamsLoad bootstrap/target/switchyard.jar bench/gateway-api/target/classes "$streams" "$hold" "$probes" "$pool"
