# SPDX-License-Identifier: MIT
# Runs tco-cli on a scenario of this folder and compares what it writes with the references here.
#
#   cmake -DEXE=<tco-cli> -DCASE=<case> -DGOLDEN=<this folder> -DWORK=<scratch folder>
#         [-DPDFINFO=<pdfinfo> -DPDFFONTS=<pdffonts> -DPDFTOTEXT=<pdftotext>] [-DUPDATE=ON] -P run_golden.cmake
#
# Cases: report-csv, report-csv-injection (CSV tables, byte for byte), deploy-cloud, deploy-cluster
# (deployment YAML, byte for byte), report-pdf (English and Chinese PDFs: page count, embedded fonts
# and text with poppler-utils; prints "SKIPPED:" without them).
# Every run starts from a fresh catalog made from the bundled seed. With -DUPDATE=ON, or
# TCO_UPDATE_GOLDEN=1 in the environment, the references are overwritten instead of compared:
# review that diff like any other change before committing it.
cmake_minimum_required(VERSION 3.25)

foreach(var EXE CASE GOLDEN WORK)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "run_golden.cmake: -D${var}=... is required")
    endif()
endforeach()
if("$ENV{TCO_UPDATE_GOLDEN}" STREQUAL "1")
    set(UPDATE ON)
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(db "${WORK}/catalog.sqlite")

function(run_cli)
    execute_process(COMMAND "${EXE}" --db "${db}" ${ARGN}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "tco-cli ${ARGN} failed (${rc}):\n${out}\n${err}")
    endif()
    set(cli_out "${out}" PARENT_SCOPE)
endfunction()

# Compares WORK/<produced> with GOLDEN/<reference> (or updates the reference).
function(check produced reference)
    if(NOT EXISTS "${WORK}/${produced}")
        message(FATAL_ERROR "tco-cli did not write ${produced}")
    endif()
    if(UPDATE)
        configure_file("${WORK}/${produced}" "${GOLDEN}/${reference}" COPYONLY)
        message(STATUS "updated ${reference}")
        return()
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${WORK}/${produced}" "${GOLDEN}/${reference}"
        RESULT_VARIABLE different)
    if(different)
        message(FATAL_ERROR "${produced} differs from the reference ${GOLDEN}/${reference}\n"
            "  compare: diff ${GOLDEN}/${reference} ${WORK}/${produced}\n"
            "  accept:  TCO_UPDATE_GOLDEN=1 ctest -R cli_golden")
    endif()
endfunction()

if(CASE STREQUAL "report-csv" OR CASE STREQUAL "report-csv-injection")
    if(CASE STREQUAL "report-csv")
        set(name reference)
    else()
        set(name injection)
    endif()
    run_cli(report --scenario "${GOLDEN}/${name}.tcoplan" --csv "${WORK}/${name}.csv")
    foreach(file ${name}.csv ${name}-timeline.csv ${name}-breakdown.csv)
        check(${file} ${file})
    endforeach()
    # --csv - : the comparison on standard output, the same bytes as the file without its BOM
    run_cli(report --scenario "${GOLDEN}/${name}.tcoplan" --csv -)
    file(READ "${WORK}/${name}.csv" written)
    string(SUBSTRING "${written}" 3 -1 written)
    if(NOT cli_out STREQUAL written)
        message(FATAL_ERROR "--csv - printed something else than --csv FILE wrote")
    endif()
elseif(CASE STREQUAL "deploy-cloud")
    run_cli(deploy --scenario "${GOLDEN}/reference.tcoplan" --tier "Hybrid cloud (A10G + T4 spot)" --out "${WORK}/deploy")
    check(deploy/hybrid-cloud-a10g-t4-spot-a6b2a883-kubernetes.yaml hybrid-cloud-a10g-t4-spot-a6b2a883-kubernetes.yaml)
elseif(CASE STREQUAL "deploy-cluster")
    run_cli(deploy --scenario "${GOLDEN}/reference.tcoplan" --tier 3 --out "${WORK}/deploy")
    check(deploy/gpu-cluster-4x-h100-sxm-nvlink-ib-ndr-cd7306c5-launch.yaml gpu-cluster-4x-h100-sxm-nvlink-ib-ndr-cd7306c5-launch.yaml)
elseif(CASE STREQUAL "report-pdf")
    # No display and no platform set: tco-cli must go headless by itself for --pdf.
    foreach(lang en zh_CN)
        run_cli(report --scenario "${GOLDEN}/reference.tcoplan" --pdf "${WORK}/report-${lang}.pdf" --lang ${lang}
                --paper Letter --company "ACME" --author "Golden" --date 2026-01-15)
        if(NOT EXISTS "${WORK}/report-${lang}.pdf")
            message(FATAL_ERROR "no PDF for ${lang}")
        endif()
    endforeach()
    if(NOT PDFINFO OR NOT PDFFONTS OR NOT PDFTOTEXT)
        message("SKIPPED: poppler-utils (pdfinfo, pdffonts, pdftotext) not installed; the PDFs were written")
        return()
    endif()
    foreach(lang en zh_CN)
        set(pdf "${WORK}/report-${lang}.pdf")
        execute_process(COMMAND "${PDFINFO}" "${pdf}" OUTPUT_VARIABLE info)
        string(REGEX MATCH "Pages: +([0-9]+)" _ "${info}")
        if(NOT CMAKE_MATCH_1 OR CMAKE_MATCH_1 LESS 9)
            message(FATAL_ERROR "${lang}: expected at least 9 pages:\n${info}")
        endif()
        if(NOT info MATCHES "612 x 792 pts")
            message(FATAL_ERROR "${lang}: not Letter:\n${info}")
        endif()
        execute_process(COMMAND "${PDFFONTS}" "${pdf}" OUTPUT_VARIABLE fonts)
        string(REPLACE "\n" ";" rows "${fonts}")
        list(SUBLIST rows 2 -1 rows)
        foreach(row ${rows})
            if(row AND NOT row MATCHES " yes +(yes|no) +(yes|no) +[0-9]+ +[0-9]+ *$")
                message(FATAL_ERROR "${lang}: a font is not embedded:\n${fonts}")
            endif()
        endforeach()
        execute_process(COMMAND "${PDFTOTEXT}" -layout "${pdf}" - OUTPUT_VARIABLE text)
        if(lang STREQUAL "en")
            set(expected "Executive summary" "Data provenance" "Page 3 of")
        else()
            # (characters that are also CJK radicals, such as 行 and 方, extract as the radical)
            set(expected "摘要" "数据来源" "NotoSansCJK")
            string(APPEND text "${fonts}")
        endif()
        foreach(e ${expected})
            string(FIND "${text}" "${e}" at)
            if(at EQUAL -1)
                message(FATAL_ERROR "${lang}: \"${e}\" not in the PDF")
            endif()
        endforeach()
    endforeach()
else()
    message(FATAL_ERROR "run_golden.cmake: unknown case ${CASE}")
endif()
