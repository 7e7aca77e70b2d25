#!/usr/bin/env bash
# The package test (CTest "package"): builds the .deb with cpack from BUILD_DIR, unpacks
# it into a scratch root with dpkg -x, runs both executables from there (Qt from the
# system, LD_LIBRARY_PATH untouched) and validates what the package installs: desktop
# entry, AppStream metadata, icons, man pages, control fields.
#
#   packaging/test-package.sh BUILD_DIR VERSION PACKAGING_SOURCE_DIR
set -euo pipefail

build_dir=$(cd "$1" && pwd)
version=$2
source_dir=$(cd "$3" && pwd)
app_id=io.charter.Charter

scratch=$(mktemp -d "${TMPDIR:-/tmp}/charter-package-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}
need() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (make deps installs it)" >&2; exit 1; }
    done
}
need cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli man file gzip

# 1. Build the package (in the scratch folder, not in the build tree).
echo "== cpack"
if ! (cd "$build_dir" && cpack -G DEB --config CPackConfig.cmake -B "$scratch/out") >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    fail "cpack could not build the package"
    exit 1
fi
shopt -s nullglob
debs=("$scratch"/out/charter_*.deb)
[ ${#debs[@]} -eq 1 ] || { fail "expected one charter_*.deb, found ${#debs[@]}"; exit 1; }
deb=${debs[0]}
pass "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# 2. Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = charter ] && pass "Package: charter" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version-1" ] && pass "Version: $version-1" || fail "Version is '$(field Version)', expected $version-1"
[ "$(field Section)" = admin ] && pass "Section: admin" || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] && pass "Maintainer: $(field Maintainer)" || fail "no Maintainer"
[ "$(field Description | head -1)" != "" ] && pass "Description present" || fail "no Description"
depends=$(field Depends)
for dep in libqt6core6 libqt6sql6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins libc6; do
    if grep -Eq "(^|, )$dep( |,|$)" <<<"$depends"; then pass "Depends on $dep"; else fail "Depends lacks $dep: $depends"; fi
done

# 3. Unpack into a scratch root.
root="$scratch/root"
dpkg -x "$deb" "$root"
expected_files=(
    usr/bin/charter
    usr/bin/charter-cli
    usr/share/applications/$app_id.desktop
    usr/share/metainfo/$app_id.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/$app_id.svg
    usr/share/man/man1/charter.1.gz
    usr/share/man/man1/charter-cli.1.gz
    usr/share/doc/charter/user-guide.md
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected_files+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected_files[@]}"; do
    [ -f "$root/$f" ] || fail "the package does not install /$f"
done
# Nothing outside /usr, nothing from the build tree (tests, benchmarks, static libs).
unexpected=$(cd "$root" && find . -type f | grep -Ev '^\./usr/(bin/charter(-cli)?|share/(applications|metainfo|icons|man|doc)/)' || true)
[ -z "$unexpected" ] && pass "no stray files" || fail "unexpected files in the package: $unexpected"

# 4. The executables run from the unpacked root with the system's Qt.
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cli="$root/usr/bin/charter-cli"
file "$cli" | grep -q 'stripped' && ! file "$cli" | grep -q 'not stripped' && pass "charter-cli is stripped" || fail "charter-cli is not stripped: $(file "$cli")"
out=$("$cli" --version) || fail "charter-cli --version failed"
[ "$out" = "charter-cli $version" ] && pass "charter-cli --version: $out" || fail "charter-cli --version printed '$out'"
db="$scratch/register.db"
"$cli" --db "$db" demo --systems 8 2>"$scratch/demo.err" || { cat "$scratch/demo.err" >&2; fail "charter-cli demo failed"; }
if out=$("$cli" --db "$db" check 2>"$scratch/check.err"); then
    grep -q "ok (schema version" <<<"$out" && pass "charter-cli check: $out" || fail "check printed '$out'"
else
    rc=$?; cat "$scratch/check.err" >&2; fail "charter-cli check exited $rc"
fi
rows=$("$cli" --db "$db" list --format csv | tail -n +2 | wc -l)
[ "$rows" -eq 8 ] && pass "charter-cli list: 8 systems" || fail "charter-cli list gave $rows rows"
set +e
"$cli" --db "$scratch/missing.db" check >/dev/null 2>&1; rc=$?
set -e
[ $rc -eq 6 ] && pass "check on a missing database exits 6" || fail "check on a missing database exited $rc"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/charter" --version 2>/dev/null) || fail "charter --version failed"
grep -q "$version" <<<"$out" && pass "charter --version: $(echo $out)" || fail "charter --version printed '$out'"

# 5. Desktop entry and AppStream metadata.
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then pass "desktop-file-validate"; else fail "desktop-file-validate: $out"; fi
exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$root/usr/bin/$exec_bin" ] && pass "Exec=$exec_bin is installed" || fail "Exec=$exec_bin is not in /usr/bin"
[ "$(sed -n 's/^Icon=//p' "$desktop")" = "$app_id" ] && pass "Icon=$app_id" || fail "the desktop entry's Icon is not $app_id"
if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then pass "appstreamcli validate"; else fail "appstreamcli validate: $out"; fi
if out=$(appstreamcli validate-tree --no-net "$root" 2>&1); then pass "appstreamcli validate-tree"; else fail "appstreamcli validate-tree: $out"; fi
grep -q "<id>$app_id</id>" "$metainfo" && pass "metainfo id $app_id" || fail "metainfo id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    && pass "metainfo launches $app_id.desktop" || fail "metainfo launchable is not $app_id.desktop"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[ "$newest" = "$version" ] && pass "newest AppStream release is $version" \
    || fail "the newest <release> in the metainfo is '$newest'; add one for $version"

# 6. Icons: each PNG is the size its folder says.
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || continue
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x$size PNG: $(file -b "$png")"
done
pass "icons checked"

# 7. Man pages render without warnings; charter-cli.1 names every verb and exit code.
for page in charter charter-cli; do
    gz="$root/usr/share/man/man1/$page.1.gz"
    [ -f "$gz" ] || continue
    gzip -t "$gz" || fail "$page.1.gz is not gzip data"
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$gz" 2>&1 >"$scratch/$page.txt") || fail "man -l $page.1.gz failed"
    [ -z "$warnings" ] && pass "man $page renders cleanly" || fail "man $page: $warnings"
    grep -q "^NAME" "$scratch/$page.txt" || fail "man $page has no NAME section"
done
verbs=$("$cli" --help | sed -n '/^Verbs:/,/^$/p' | awk 'NF >= 2 && $1 != "Verbs:" {print $1}')
[ -n "$verbs" ] || fail "could not read the verbs from charter-cli --help"
for verb in $verbs; do
    grep -Eq "^       $verb( |$)" "$scratch/charter-cli.txt" \
        || fail "charter-cli.1 does not document the verb '$verb' (packaging/charter-cli.1, section VERBS)"
done
for code in 0 1 2 3 4 5 6; do
    grep -Eq "^       $code( |$)" "$scratch/charter-cli.txt" || fail "charter-cli.1 does not list exit status $code"
done
pass "charter-cli.1 documents: $(echo $verbs)"

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package: all checks passed"
