#!/usr/bin/env bash
# Web benchmark: builds the project, fills a temporary database with 290 municipalities × 31 items × 2 reviews,
# serves the review app on 127.0.0.1 and measures it with wrk (installed from Debian if missing).
# Prints requests/s and p50/p99 latency per endpoint and the ratio to the login page measured in the same run.
# Usage: bench/web.sh [SECONDS] [CONNECTIONS]   (defaults: 15 s, 32 connections)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
mvn -B -q -DskipTests package -pl bench -am
exec java -jar bench/target/web-benchmark.jar "$@"
