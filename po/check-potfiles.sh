#!/bin/bash
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, or when POTFILES.in names a file that does not exist.
set -u
top=$1
cd "$top" || exit 1
status=0
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d')
for f in $listed; do
  [ -f "$f" ] || { echo "po/POTFILES.in names $f, which does not exist"; status=1; }
done
for f in src/*.c src/core/*.c; do
  if grep -qE '\b(_|N_|C_|NC_|ngettext)\s*\(' "$f" && ! grep -qx "$f" <<<"$listed"; then
    echo "$f has translatable strings but is not in po/POTFILES.in"; status=1
  fi
done
for f in ui/*.ui ui/gtk/*.ui; do
  if grep -q 'translatable="yes"' "$f" && ! grep -qx "$f" <<<"$listed"; then
    echo "$f has translatable strings but is not in po/POTFILES.in"; status=1
  fi
done
exit $status
