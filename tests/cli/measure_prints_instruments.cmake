# `trichosim measure` re-runs a scenario and prints the instruments; an unknown site is refused word for word.
execute_process(COMMAND ${TRICHOSIM} measure ${SOURCE}/examples/person_30_no_predisposition.toml --years 1 --exact
                        --site vertex_target_area --site vertex_biopsy --threads 1
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "measure failed (${rc}): ${out}${err}")
endif()
foreach(expected "year 1.0 \\(age 31.0\\)" "stage: norwood I" "target-area count: total" "phototrichogram: "
                 "biopsy \\(horizontal sections\\)" "daily wash" "pull test:")
  if(NOT out MATCHES "${expected}")
    message(FATAL_ERROR "measure output lacks '${expected}':\n${out}")
  endif()
endforeach()
execute_process(COMMAND ${TRICHOSIM} measure ${SOURCE}/examples/person_30_no_predisposition.toml --site crownn
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(expected "error: --site = crownn: unknown site; known sites are vertex_target_area vertex_circle frontal_circle vertex_biopsy occipital_biopsy frontal_trichoscopy occipital_trichoscopy\n")
if(NOT rc EQUAL 2 OR NOT err STREQUAL expected)
  message(FATAL_ERROR "expected exit 2 and '${expected}', got ${rc}: '${err}'")
endif()
