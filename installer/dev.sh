#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One entry point for a fresh Debian 12 machine (run as root, or as a user with sudo):
#   bash installer/dev.sh run     install what is missing, build, start TCO Planner
#   bash installer/dev.sh test    install what is missing, build, run every test
#   bash installer/dev.sh asan    the same tests under AddressSanitizer + UBSan
#   bash installer/dev.sh package build the .deb, install it into a temporary root and check it
#   bash installer/dev.sh bench   build (release flags) and print every benchmark figure
#   bash installer/dev.sh deps    only install the Debian packages
# Idempotent: packages already installed are skipped, and builds are incremental.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libfmt-dev
    fonts-noto-cjk
    xvfb xauth poppler-utils
    desktop-file-utils appstream shared-mime-info file groff-base
    libyaml-dev  # tests only: tst_deployyaml reads the deployment YAML with a real parser
)

install_deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: run as root (or install sudo) to install: ${missing[*]}" >&2; exit 1; }
        sudo=sudo
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1"
}

mode="${1:-}"
[ $# -gt 0 ] && shift
case "$mode" in
    deps)
        install_deps ;;
    run)
        install_deps
        build release
        app=build/release/app/gui/tco-planner
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display found: starting TCO Planner on a virtual X server (xvfb-run)."
            exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
        fi
        exec "$app" "$@" ;;
    test)
        install_deps
        build ci
        ctest --preset ci "$@" ;;
    asan)
        install_deps
        build asan
        ctest --preset asan "$@" ;;
    bench)
        install_deps
        build ci
        build/ci/tests/bench/tco-bench "$@" ;;
    package)
        install_deps
        build ci
        bash installer/ci-package.sh build/ci ;;
    *)
        sed -n '3,10p' "$0" | sed 's/^# \{0,1\}//'
        exit 2 ;;
esac
