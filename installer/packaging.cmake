# SPDX-License-Identifier: MIT
# CPack: a Debian package and a tarball on Linux; an NSIS installer (and a zip) on Windows;
# a disk image on macOS. Included from installer/CMakeLists.txt, after every install() rule.
# `cpack -G DEB` in a build directory writes tco-planner_<version>_<arch>.deb.
set(CPACK_PACKAGE_NAME "tco-planner")
set(CPACK_PACKAGE_VENDOR "TCO Planner team")
set(CPACK_PACKAGE_CONTACT "${TCO_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# Short description: one line, under 80 characters, no final full stop (Debian policy 3.4.1).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "cost and performance planner for serving DeepSeek-family LLMs")
# Long description: paragraphs separated by blank lines, lines under 80 characters (lintian);
# CPack formats it for debian/control.
set(CPACK_PACKAGE_DESCRIPTION [[
TCO Planner estimates what it costs to serve a DeepSeek-family language
model, and how fast it will be, in the three ways companies deploy these
models: one workstation with a consumer GPU, an elastic hybrid cloud
(on-demand or reserved nodes plus spot nodes) and an NVLink/InfiniBand
GPU cluster.

Every price and specification in its catalog of GPUs, cloud instances,
models, electricity prices and exchange rates carries its source and
date. The package contains the Qt desktop application (tco-planner) and
its command-line twin for scripted reports (tco-cli), in English and
Simplified Chinese, with costs in CNY and USD.]])
set(CPACK_PACKAGE_INSTALL_DIRECTORY "TCO Planner")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    # Untested: see installer/README.md.
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_DISPLAY_NAME "TCO Planner")
    set(CPACK_NSIS_PACKAGE_NAME "TCO Planner ${PROJECT_VERSION}")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tco-planner.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (tco-cli) on PATH
    set(CPACK_PACKAGE_EXECUTABLES "tco-planner" "TCO Planner") # Start menu shortcut
elseif(APPLE)
    # Untested: see installer/README.md.
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "TCO Planner")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE ${TCO_DEBIAN_RELEASE})
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "science")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # Depends: the shared libraries of the binaries (dpkg-shlibdeps) plus the Qt plugins loaded
    # at run time, which shlibdeps cannot see: the SQLite driver (libqt6sql6-sqlite) and the SVG
    # icon engine that draws the window icon from :/icons/tco-planner.svg (libqt6svg6).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
    # A font with Chinese glyphs for the zh_CN interface, and Qt's own translations (dialog buttons).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
    # No maintainer scripts: dpkg triggers of desktop-file-utils, shared-mime-info and
    # hicolor-icon-theme refresh the menu, MIME and icon caches on install and removal.
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
