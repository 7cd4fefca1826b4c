#!/bin/sh
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, or when po/kk.po or po/ru.po has an untranslated or fuzzy
# message against the current sources.
set -eu
src=${1:?source root}
cd "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

grep -v '^\s*#' po/POTFILES.in | sed '/^\s*$/d' > "$tmp/files"
for f in $(find src ui data -name '*.c' -o -name '*.ui' -o -name '*.in' -o -name '*.gschema.xml' | sort); do
  if grep -qE '(^|[^A-Za-z0-9_])(N?C?_|g_dngettext|ngettext)\(|translatable="yes"|<summary>|^Name=' "$f"; then
    if ! grep -qxF "$f" "$tmp/files"; then
      echo "$f has translatable strings but is not listed in po/POTFILES.in"
      status=1
    fi
  fi
done

xgettext --package-name=konkurs --from-code=UTF-8 --add-comments=Translators \
  -k_ -kN_ -kC_:1c,2 -kNC_:1c,2 -kg_dngettext:2,3 -kngettext:1,2 \
  -kkonkurs_catalog_ngettext:2,3 -kkonkurs_catalog_pgettext:1c,2 -kkonkurs_catalog_gettext \
  --files-from="$tmp/files" -o "$tmp/konkurs.pot"

for lang in kk ru; do
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$tmp/konkurs.pot" -o "$tmp/$lang.po"
  stats=$(msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
  echo "po/$lang.po: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*)
      msgattrib --only-fuzzy "$tmp/$lang.po" | grep "^msgid" | head -40 || true
      msgattrib --untranslated "$tmp/$lang.po" | grep '^msgid' | head -40
      status=1 ;;
  esac
done
exit $status
