#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# CI check of the Debian package, run by `bash installer/dev.sh package`:
#   bash installer/ci-package.sh BUILD_DIR
# Builds the .deb from an already configured build directory (cpack -G DEB), unpacks it into a
# temporary root (dpkg-deb -x: nothing is installed on the machine), runs the installed programs
# (Qt comes from the system, so no LD_LIBRARY_PATH is needed), checks the installed files and
# validates them with desktop-file-validate, appstreamcli, update-mime-database and groff.
# Needs the packages of installer/dev.sh (desktop-file-utils, appstream, shared-mime-info, file,
# groff-base). Prints every failure and exits non-zero if there was any.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
build=$(realpath "$1")
[ -f "$build/CPackConfig.cmake" ] || { echo "error: $build is not a configured build directory" >&2; exit 2; }
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli update-mime-database file groff readelf; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing (bash installer/dev.sh deps installs it)" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root="$tmp/root"
failures=0
step() { echo; echo "== $*"; }
ok() { echo "ok: $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# check DESCRIPTION COMMAND...: runs COMMAND, prints its output, records a failure if it fails.
check() {
    local what=$1; shift
    if "$@"; then ok "$what"; else fail "$what (exit $?)"; fi
}

# Keep the programs away from the user's catalog, settings and caches.
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config"
export XDG_CACHE_HOME="$tmp/home/cache" XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"

step "Building the package"
cmake --build "$build"
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB -B "$build/packages")
debs=("$build"/packages/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "error: expected one .deb in $build/packages" >&2; exit 1; }
deb=${debs[0]}
echo "package: $deb"

step "Package metadata (dpkg-deb -I)"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = tco-planner ] && ok "Package: tco-planner" || fail "Package is '$(field Package)'"
[ "$(field Section)" = science ] && ok "Section: science" || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] && ok "Maintainer: $(field Maintainer)" || fail "no Maintainer"
[ "$(dpkg-deb -f "$deb" Description | wc -l)" -gt 2 ] && ok "Description has a long part" || fail "no long Description"
depends=$(field Depends)
for dep in libqt6sql6-sqlite libqt6svg6 libqt6core6 libqt6widgets6 libc6; do
    [[ ",$depends," == *"$dep"* ]] && ok "Depends on $dep" || fail "Depends lacks $dep: $depends"
done
recommends=$(field Recommends)
for rec in fonts-noto-cjk qt6-translations-l10n; do
    [[ "$recommends" == *"$rec"* ]] && ok "Recommends $rec" || fail "Recommends lacks $rec: $recommends"
done

step "Unpacking into $root"
dpkg-deb -x "$deb" "$root"
outside=$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v -E '^\./(usr(/.*)?)?$' || true)
[ -z "$outside" ] && ok "every file is under /usr" || fail "files outside /usr: $outside"

step "Installed files"
expected=(
    usr/bin/tco-planner
    usr/bin/tco-cli
    usr/share/applications/tco-planner.desktop
    usr/share/metainfo/io.github.tcoplanner.TcoPlanner.metainfo.xml
    usr/share/mime/packages/tco-planner.xml
    usr/share/icons/hicolor/scalable/apps/tco-planner.svg
    usr/share/man/man1/tco-planner.1.gz
    usr/share/man/man1/tco-cli.1.gz
    usr/share/doc/tco-planner/README.md
    usr/share/doc/tco-planner/CONTRIBUTING.md
    usr/share/tco-planner/seed/gpus.csv
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/tco-planner.png")
done
for f in "${expected[@]}"; do
    [ -f "$root/$f" ] && ok "/$f" || fail "/$f is missing"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/tco-planner.png"
    [ -f "$png" ] || continue
    file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
done
for bin in tco-planner tco-cli; do
    if readelf -d "$root/usr/bin/$bin" | grep -E 'RPATH|RUNPATH' | grep -q "$build"; then
        fail "/usr/bin/$bin keeps a run path into the build directory"
    fi
done

step "Running the installed programs"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
out=$("$root/usr/bin/tco-cli" --version) || fail "tco-cli --version failed"
echo "$out"
[ "$out" = "tco-cli $version" ] && ok "tco-cli --version" || fail "tco-cli --version printed '$out', expected 'tco-cli $version'"
[[ "$(field Version)" == "$version"* ]] && ok "package version $(field Version)" || fail "package version $(field Version) is not $version"
if out=$("$root/usr/bin/tco-cli" --db "$tmp/c.sqlite" catalog tables); then
    echo "$out"
    echo "$out" | grep -qE '^gpus +[1-9]' && ok "tco-cli catalog tables (catalog created from the bundled seed)" \
        || fail "tco-cli catalog tables: no GPUs"
else
    fail "tco-cli --db $tmp/c.sqlite catalog tables"
fi
# A catalog table as CSV, with its provenance columns.
if out=$("$root/usr/bin/tco-cli" --db "$tmp/c.sqlite" catalog list gpus --format csv); then
    head -n1 <<<"$out" | grep -q 'source' && ok "tco-cli catalog list gpus --format csv ($(wc -l <<<"$out") lines)" \
        || fail "the GPU CSV has no source column"
else
    fail "tco-cli catalog list gpus --format csv"
fi
# A headless report: the built-in scenario, written, checked and evaluated by the installed CLI.
if "$root/usr/bin/tco-cli" --help | grep -qE '^ +evaluate '; then
    if "$root/usr/bin/tco-cli" --db "$tmp/c.sqlite" scenario template --out "$tmp/reference.tcoplan" \
        && "$root/usr/bin/tco-cli" --db "$tmp/c.sqlite" scenario check "$tmp/reference.tcoplan" \
        && "$root/usr/bin/tco-cli" --db "$tmp/c.sqlite" evaluate --scenario "$tmp/reference.tcoplan" \
            --format csv >"$tmp/report.csv" 2>"$tmp/report.log"; then
        cat "$tmp/report.csv"
        head -n1 "$tmp/report.csv" | grep -q '^tier,' && [ "$(wc -l <"$tmp/report.csv")" -gt 1 ] \
            && ok "headless report: tco-cli evaluate --format csv ($(($(wc -l <"$tmp/report.csv") - 1)) tiers)" \
            || fail "tco-cli evaluate wrote no tiers"
    else
        cat "$tmp/report.log" >&2 || true
        fail "headless report (tco-cli scenario template / check / evaluate)"
    fi
else
    echo "skipped: this tco-cli has no evaluate command"
fi
export QT_QPA_PLATFORM=offscreen
out=$("$root/usr/bin/tco-planner" --version 2>/dev/null) || fail "tco-planner --version failed"
echo "$out"
[ "$out" = "tco-planner $version" ] && ok "tco-planner --version" || fail "tco-planner --version printed '$out'"
if timeout 120 "$root/usr/bin/tco-planner" --db "$tmp/c.sqlite" --screenshot "$tmp/window.png" >/dev/null 2>"$tmp/gui.log" \
    && file -b "$tmp/window.png" | grep -q 'PNG image data'; then
    ok "tco-planner starts headless and draws its window ($(file -b "$tmp/window.png" | cut -d, -f2 | xargs))"
else
    cat "$tmp/gui.log" >&2
    fail "tco-planner --screenshot"
fi

step "desktop-file-validate"
check "desktop-file-validate tco-planner.desktop" desktop-file-validate "$root/usr/share/applications/tco-planner.desktop"
grep -qx 'Exec=tco-planner %f' "$root/usr/share/applications/tco-planner.desktop" || fail "the desktop entry's Exec is not 'tco-planner %f'"
grep -qx 'MimeType=application/x-tcoplan;' "$root/usr/share/applications/tco-planner.desktop" || fail "the desktop entry lacks MimeType"

step "appstreamcli validate --no-net"
check "appstreamcli validate (metainfo)" appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.tcoplanner.TcoPlanner.metainfo.xml"
check "appstreamcli validate-tree (metainfo, desktop entry, icons)" appstreamcli validate-tree --no-net "$root"

step "MIME type"
mkdir -p "$tmp/mime"
cp -r "$root/usr/share/mime/packages" "$tmp/mime/"
if XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" && grep -q '^[0-9]*:application/x-tcoplan:\*\.tcoplan' "$tmp/mime/globs2"; then
    ok "update-mime-database: *.tcoplan is application/x-tcoplan"
else
    fail "the MIME package does not map *.tcoplan to application/x-tcoplan"
fi

step "Man pages"
for page in tco-planner tco-cli; do
    gz="$root/usr/share/man/man1/$page.1.gz"
    [ -f "$gz" ] || continue
    if ! gzip -t "$gz"; then fail "$page.1.gz is not valid gzip"; continue; fi
    warnings=$(zcat "$gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1)
    lines=$(zcat "$gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 2>/dev/null | wc -l)
    [ -z "$warnings" ] && [ "$lines" -gt 20 ] && ok "$page(1) renders ($lines lines, no groff warnings)" \
        || fail "$page(1): $warnings"
done

if command -v lintian >/dev/null; then
    step "lintian (information only)"
    lintian --no-tag-display-limit "$deb" || true
fi

echo
if [ "$failures" -gt 0 ]; then
    echo "== package check FAILED: $failures problem(s)" >&2
    exit 1
fi
echo "== package check passed: $deb"
