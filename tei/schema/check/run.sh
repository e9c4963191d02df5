#!/bin/sh
# All schema checks in one go (from the repository root):  sh tei/schema/check/run.sh [TEI_ALL] [N]
# TEI_ALL defaults to ../shared/schemas/tei_all.rng; N random documents (default 100).
# Takes 25 s of CPU (libxml2 compiles tei_all.rng for ~10 s; validating 100 documents against it, more).
set -e
HERE=$(dirname "$0")
SCHEMA="$HERE/../tei-edition.rng"
TEI_ALL=${1:-../shared/schemas/tei_all.rng}
N=${2:-100}
OUT=$(mktemp -d)
python3 "$HERE/subset_check.py" "$SCHEMA" "$TEI_ALL"
python3 "$HERE/inclusion_check.py" "$SCHEMA" "$TEI_ALL"
python3 "$HERE/nesting_check.py" "$SCHEMA"
python3 "$HERE/gen_instances.py" "$SCHEMA" "$OUT" "$N"
python3 "$HERE/schematron_check.py" "$OUT"/*.xml
node "$HERE/validate.mjs" "$SCHEMA" "$OUT"/*.xml | tail -1
node "$HERE/validate.mjs" "$TEI_ALL" "$OUT"/*.xml | tail -1
rm -rf "$OUT"
