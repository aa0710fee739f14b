# SPDX-License-Identifier: MIT
# One INTERFACE target carries the language level, warnings and Qt hardening defines;
# every project target links it (the qBittorrent pattern, see CONTRIBUTING.md).
add_library(tco_build_settings INTERFACE)
target_compile_features(tco_build_settings INTERFACE cxx_std_20)
target_compile_options(tco_build_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough
    $<$<BOOL:${TCO_WERROR}>:-Werror>)
target_compile_definitions(tco_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS)

if(TCO_SANITIZE)
    target_compile_options(tco_build_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(tco_build_settings INTERFACE -fsanitize=address,undefined)
endif()

# The version every binary prints (tco-planner --version == tco-cli --version).
configure_file(${CMAKE_CURRENT_LIST_DIR}/tco_version.h.in ${CMAKE_BINARY_DIR}/generated/tco_version.h @ONLY)
target_include_directories(tco_build_settings INTERFACE ${CMAKE_BINARY_DIR}/generated)
