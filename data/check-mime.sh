#!/bin/bash
# Checks the shared-mime-info package: it must be well-formed, compile with
# update-mime-database, and (when gio is there) make files be recognised by
# their name and by their content, as the desktop will see them.
#
# Usage: check-mime.sh MIME-PACKAGE.xml
set -euo pipefail

package=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail () {
  echo "FAIL: $*" >&2
  exit 1
}

if command -v xmllint >/dev/null; then
  xmllint --noout "$package" || fail "$package is not well-formed XML"
fi

mkdir -p "$tmp/share/mime/packages"
# The freedesktop.org types (application/vnd.sqlite3, application/xml) make
# the database realistic; without them only our own types are checked.
base_types=/usr/share/mime/packages/freedesktop.org.xml
if [ -f "$base_types" ]; then
  cp "$base_types" "$tmp/share/mime/packages/"
fi
cp "$package" "$tmp/share/mime/packages/charrette.xml"

# update-mime-database reports unknown elements and attributes on stderr
# but still exits with 0: treat any message as a failure.
env XDG_DATA_HOME="$tmp/share" XDG_DATA_DIRS="$tmp/share" \
  update-mime-database "$tmp/share/mime" 2>"$tmp/update.log" \
  || { cat "$tmp/update.log" >&2; fail "update-mime-database failed"; }
if [ -s "$tmp/update.log" ]; then
  cat "$tmp/update.log" >&2
  fail "update-mime-database complained about $package"
fi

for type in application/x-charrette application/x-charrette-workshop+xml; do
  [ -f "$tmp/share/mime/$type.xml" ] || fail "$type is not in the compiled database"
done
grep -qx 'application/x-charrette application/vnd.sqlite3' "$tmp/share/mime/subclasses" \
  || fail "application/x-charrette is not a subclass of application/vnd.sqlite3"

if ! command -v gio >/dev/null; then
  echo "gio not found: only the database itself was checked"
  exit 0
fi

# Sample files. Names without an extension make GIO sniff the content.
samples=$tmp/samples
mkdir "$samples"
# A SQLite header with PRAGMA application_id = 0x43685274 at byte 68.
{ printf 'SQLite format 3\000'; head -c 52 /dev/zero; printf '\x43\x68\x52\x74'; head -c 300 /dev/zero; } \
  > "$samples/project"
# The same header without the application id: any SQLite database.
{ printf 'SQLite format 3\000'; head -c 400 /dev/zero; } > "$samples/database"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<workshop xmlns="urn:charrette:workshop:1" version="1">\n</workshop>\n' \
  > "$samples/workshop"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<workshop xmlns="urn:example:other">\n</workshop>\n' \
  > "$samples/other"
printf '<?xml version="1.0"?>\n<anything/>\n' > "$samples/named.charrette.xml"
printf '\x00\x01\x02 not yet a database\n' > "$samples/named.charrette"

content_type () {
  env XDG_DATA_HOME="$tmp/share" XDG_DATA_DIRS="$tmp/share" \
    gio info -a standard::content-type "$samples/$1" \
    | sed -n 's/^ *standard::content-type: *//p'
}

expect () {
  local got
  got=$(content_type "$1")
  if [ "$got" != "$2" ]; then
    fail "$1 was recognised as '$got', expected '$2'"
  fi
  echo "ok: $1 is $2"
}

expect project application/x-charrette
expect workshop application/x-charrette-workshop+xml
if [ -f "$base_types" ]; then
  expect database application/vnd.sqlite3
  expect other application/xml
fi
expect named.charrette.xml application/x-charrette-workshop+xml
expect named.charrette application/x-charrette
