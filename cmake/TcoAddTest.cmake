# SPDX-License-Identifier: MIT
# tco_add_test(<name> SOURCES <files...> LIBS <targets...> [GUI])
# Builds one Qt Test executable and registers it with CTest. GUI tests run headless
# (QT_QPA_PLATFORM=offscreen) and carry the label "gui"; the rest carry "unit".
function(tco_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE tco_build_settings Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set(env "LC_ALL=C.UTF-8" "XDG_RUNTIME_DIR=${CMAKE_BINARY_DIR}/xdg-runtime")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        set_tests_properties(${name} PROPERTIES LABELS gui)
    else()
        set_tests_properties(${name} PROPERTIES LABELS unit)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()
