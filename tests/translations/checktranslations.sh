#!/usr/bin/env bash
# Fails when a user-visible string of ui/ has no Simplified Chinese translation.
# lupdate re-reads the sources into a copy of the committed .ts, so a new tr() string that was
# never added to the .ts counts as untranslated too. Usage: checktranslations.sh SOURCE_DIR LUPDATE
set -euo pipefail
src=$1
lupdate=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/resources/translations/gradscope_zh_CN.ts" "$tmp/"
"$lupdate" -silent -no-obsolete -locations none "$src/ui" -ts "$tmp/gradscope_zh_CN.ts" >/dev/null

# Print the <source> of every message whose translation is unfinished or empty.
missing=$(awk '
  /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
  /<translation type="unfinished"/ || /<translation><\/translation>/ { print "  " src; n++ }
  END { exit n > 0 }' "$tmp/gradscope_zh_CN.ts") && status=0 || status=$?
total=$(grep -c '<message' "$tmp/gradscope_zh_CN.ts" || true)
if [ "$status" -ne 0 ]; then
  count=$(printf '%s\n' "$missing" | wc -l)
  echo "$count of $total user-visible strings have no Chinese translation:"
  printf '%s\n' "$missing" | head -50
  exit 1
fi
echo "all $total user-visible strings are translated"
