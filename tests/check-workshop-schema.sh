#!/bin/bash
# Checks data/workshop-1.xsd against the workshop fixtures, with xmllint.
#
#   tests/check-workshop-schema.sh [--xmllint PATH] [good|bad|listed]...
#
#   good    the schema compiles, and xmllint accepts every file in
#           tests/workshops/good (and a generated text of exactly 1 MiB)
#   bad     xmllint rejects every file that tests/workshops/bad.tsv marks
#           "rejects" (and a generated text of 1 MiB + 1 character); rows
#           marked "accepts" are what the schema cannot catch: Charrette's
#           reader must refuse those by itself
#   listed  every tests/workshops/bad/*.xml has exactly one row in bad.tsv,
#           and every row names an existing file, a line inside it, plain
#           lower-case words and "rejects" or "accepts"
#
# With no mode, all three run. Output is TAP.
#
# xmllint always runs with --nonet. Note that `xmllint --schema` turns on
# entity substitution by itself (xmllint.c does noent++ for --schema), so
# for bad/external-entity-file.xml it opens /etc/passwd (read, never
# printed: --noout). Nothing is fetched from the network.

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
srcdir=$(dirname "$here")
schema=$srcdir/data/workshop-1.xsd
fixtures=$here/workshops
xmllint=${XMLLINT:-xmllint}
modes=()

while [ $# -gt 0 ]; do
  case $1 in
    --xmllint) xmllint=$2; shift 2 ;;
    good|bad|listed) modes+=("$1"); shift ;;
    *) echo "usage: $0 [--xmllint PATH] [good|bad|listed]..." >&2; exit 2 ;;
  esac
done
[ ${#modes[@]} -gt 0 ] || modes=(good bad listed)

tmpdir=$(mktemp -d)
trap 'rm -rf "$tmpdir"' EXIT

n=0
failed=0

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
diag () { sed 's/^/# /'; }

timeout_cmd=()
if command -v timeout >/dev/null 2>&1; then
  timeout_cmd=(timeout 60)
fi

# validate FILE: sets $verdict to accepts, rejects or error, and $messages
# to xmllint's output. xmllint exits with 0 (valid), 1 (not well-formed),
# 3 (not valid); anything else (5: the schema does not compile, 124: timed
# out, 128 + n: killed) is an error of the check itself.
validate () {
  local rc
  messages=$("${timeout_cmd[@]}" "$xmllint" --nonet --noout \
               --schema "$schema" "$1" 2>&1)
  rc=$?
  case $rc in
    0) verdict=accepts ;;
    1|3) verdict=rejects ;;
    *) verdict=error; messages="xmllint exited with $rc"$'\n'"$messages" ;;
  esac
}

# text_file NAME LENGTH: a workshop whose title is LENGTH times "a".
text_file () {
  local file=$tmpdir/$1
  {
    printf '<?xml version="1.0" encoding="UTF-8"?>\n'
    printf '<workshop xmlns="urn:charrette:workshop:1" version="1" id="6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b" created="2026-11-22T09:00:00Z" modified="2026-11-22T09:00:00Z">\n'
    printf '  <title>'
    head -c "$2" /dev/zero | tr '\0' a
    printf '</title>\n</workshop>\n'
  } > "$file"
  echo "$file"
}

check_good () {
  local file
  validate "$fixtures/good/full.charrette.xml"
  if [ "$verdict" = accepts ]; then
    ok "the schema compiles and accepts good/full.charrette.xml"
  else
    not_ok "the schema compiles and accepts good/full.charrette.xml"
    echo "$messages" | diag
    echo "Bail out! data/workshop-1.xsd is broken"
    exit 1
  fi

  for file in "$fixtures"/good/*.xml; do
    validate "$file"
    if [ "$verdict" = accepts ]; then
      ok "accepts good/${file##*/}"
    else
      not_ok "accepts good/${file##*/}"
      echo "$messages" | diag
    fi
  done

  validate "$(text_file text-1mib.xml 1048576)"
  if [ "$verdict" = accepts ]; then
    ok "accepts a text of 1048576 characters"
  else
    not_ok "accepts a text of 1048576 characters"
    echo "$messages" | head -n 5 | diag
  fi
}

check_bad () {
  local file line words xsd
  while IFS=$'\t' read -r file line words xsd; do
    [ "$file" = file ] && continue
    if [ ! -f "$fixtures/bad/$file" ]; then
      not_ok "bad/$file exists"
      continue
    fi
    validate "$fixtures/bad/$file"
    case $xsd:$verdict in
      rejects:rejects)
        ok "rejects bad/$file"
        # xmllint's first complaint, for comparison with the line in bad.tsv
        echo "$messages" | grep -m 1 -v -e '^ *\^' -e 'fails to validate' \
          | cut -c 1-200 | diag
        ;;
      rejects:*)
        not_ok "rejects bad/$file"
        echo "$messages" | diag
        ;;
      accepts:accepts)
        ok "bad/$file is beyond the schema (the reader must refuse it)"
        ;;
      accepts:rejects)
        # Not a failure: a newer libxml2 may catch more. bad.tsv should
        # then say so.
        ok "bad/$file is beyond the schema # bad.tsv says accepts, but xmllint rejects it now: update bad.tsv"
        echo "$messages" | diag
        ;;
      *)
        not_ok "bad/$file ($xsd, xmllint: $verdict)"
        echo "$messages" | diag
        ;;
    esac
  done < "$fixtures/bad.tsv"

  validate "$(text_file text-1mib-plus-1.xml 1048577)"
  if [ "$verdict" = rejects ]; then
    ok "rejects a text of 1048577 characters"
  else
    not_ok "rejects a text of 1048577 characters (xmllint: $verdict)"
    echo "$messages" | head -n 5 | diag
  fi
}

check_listed () {
  local tsv=$fixtures/bad.tsv file line words xsd lines path
  local header
  header=$(head -n 1 "$tsv")
  if [ "$header" = $'file\tline\twords\txsd' ]; then
    ok "bad.tsv has the header line"
  else
    not_ok "bad.tsv has the header line"
  fi

  while IFS=$'\t' read -r file line words xsd; do
    [ "$file" = file ] && continue
    path=$fixtures/bad/$file
    if [ ! -f "$path" ]; then
      not_ok "bad.tsv row $file: the file exists"
      continue
    fi
    # Lines in the file: one more than its new lines unless it ends with one.
    lines=$(wc -l < "$path")
    if [ -s "$path" ] && [ "$(tail -c 1 "$path" | od -An -c | tr -d ' ')" != '\n' ]; then
      lines=$((lines + 1))
    fi
    [ "$lines" -ge 1 ] || lines=1
    if ! [[ $line =~ ^[1-9][0-9]*$ ]] || [ "$line" -gt "$lines" ]; then
      not_ok "bad.tsv row $file: line $line is in the file ($lines lines)"
    elif ! [[ $words =~ ^[a-z0-9][a-z0-9\ .-]*$ ]]; then
      not_ok "bad.tsv row $file: words '$words' are plain lower-case words"
    elif [ "$xsd" != rejects ] && [ "$xsd" != accepts ]; then
      not_ok "bad.tsv row $file: xsd is rejects or accepts, not '$xsd'"
    else
      ok "bad.tsv row $file is well-formed"
    fi
  done < "$tsv"

  for path in "$fixtures"/bad/*.xml; do
    file=${path##*/}
    case $(cut -f 1 "$tsv" | grep -c -x -F -e "$file") in
      1) ok "bad/$file is listed in bad.tsv" ;;
      0) not_ok "bad/$file is listed in bad.tsv" ;;
      *) not_ok "bad/$file is listed once in bad.tsv" ;;
    esac
  done
}

if [[ " ${modes[*]} " == *" good "* || " ${modes[*]} " == *" bad "* ]]; then
  if ! command -v "$xmllint" >/dev/null 2>&1; then
    echo "1..0 # SKIP xmllint not found"
    exit 0
  fi
fi

for mode in "${modes[@]}"; do
  "check_$mode"
done

echo "1..$n"
[ "$failed" -eq 0 ]
