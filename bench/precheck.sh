#!/usr/bin/env bash
# Pre-check benchmark: builds the project, writes a synthetic crawl round (MUNICIPALITIES × about PAGES documents,
# HTML and PDF text through the crawler's own extraction) into a temporary data directory, and pre-checks every
# municipality with the newest bundled checklist: only reading the snapshots (the baseline), on one thread, and on
# all cores. Prints wall time, pages/s, peak heap, the set-up time, the ratios and whether the target is met.
# Usage: bench/precheck.sh [MUNICIPALITIES] [PAGES]   (defaults: 290 and 300)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl bench -am
# A generous heap, so that the peak measured is what the pre-check needs, not what a limit squeezed it into.
exec java -Xmx4g -jar bench/target/precheck-benchmark.jar "$@"
