#!/usr/bin/env bash
# Fails when a string shown in the console has no German translation: lupdate reads the
# sources into a copy of lectern_de.ts, and the copy must have nothing unfinished.
set -euo pipefail
source_dir="$1"
lupdate="${2:-lupdate}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$source_dir/translations/lectern_de.ts" "$work/lectern_de.ts"
"$lupdate" -silent -locations none -no-obsolete "$source_dir/ui" "$source_dir/app/console" \
    -ts "$work/lectern_de.ts"
unfinished=$(grep -c 'type="unfinished"' "$work/lectern_de.ts" || true)
if ((unfinished > 0)); then
    echo "$unfinished strings have no German translation yet:"
    grep -B3 'type="unfinished"' "$work/lectern_de.ts" | grep '<source>' | head -20
    echo "Run: lupdate -locations none ui app/console -ts translations/lectern_de.ts"
    exit 1
fi
echo "Every console string has a German translation ($(grep -c '<message' "$work/lectern_de.ts") strings)."
