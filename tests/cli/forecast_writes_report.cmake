# The forecast writes a self-contained report by default, none with --no-report, and refuses a bad
# --cut-length-mm before writing anything.
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND ${TRICHOSIM} forecast ${SOURCE}/examples/person_30_no_predisposition.toml --years 1
                        --out ${WORK}/with --quiet
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "forecast failed (${rc}): ${out}${err}")
endif()
if(NOT EXISTS ${WORK}/with/report.html)
  message(FATAL_ERROR "missing report.html")
endif()
file(READ ${WORK}/with/report.html html)
foreach(needle "data:image/png;base64," "new Chart(" "Man, 30, no predisposition" "type=\"range\"")
  string(FIND "${html}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "report.html lacks ${needle}")
  endif()
endforeach()

execute_process(COMMAND ${TRICHOSIM} forecast ${SOURCE}/examples/person_30_no_predisposition.toml --years 1
                        --out ${WORK}/without --quiet --no-report
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR EXISTS ${WORK}/without/report.html)
  message(FATAL_ERROR "--no-report: exit ${rc}, or a report was written: ${out}${err}")
endif()

execute_process(COMMAND ${TRICHOSIM} forecast ${SOURCE}/examples/person_30_no_predisposition.toml --years 1
                        --out ${WORK}/bad --cut-length-mm 0
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "--cut-length-mm = 0: allowed range is above 0 up to 1000 \\(mm\\)")
  message(FATAL_ERROR "bad --cut-length-mm: exit ${rc}: ${err}")
endif()
if(EXISTS ${WORK}/bad)
  message(FATAL_ERROR "a refused --cut-length-mm created the output folder")
endif()
