# `trichosim validate --other-seeds K` reruns the cases on K further seeds and puts the counts in the JSON; without an
# output that carries them it is refused by name before any simulation.
set(case ${SOURCE}/data/validation/barman_1965.toml)
execute_process(COMMAND ${TRICHOSIM} validate ${case} --json --other-seeds 2 --threads 1
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "validate --json --other-seeds failed (${rc}): ${out}${err}")
endif()
foreach(expected "\"other_seeds\": 2" "\"within_other_seeds\": [0-2]")
  if(NOT out MATCHES "${expected}")
    message(FATAL_ERROR "validate --json --other-seeds 2 output lacks '${expected}':\n${out}")
  endif()
endforeach()
execute_process(COMMAND ${TRICHOSIM} validate ${case} --other-seeds 2
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(expected "error: --other-seeds = 2: needs --write-docs, --json or --report, where the other seeds' counts go\n")
if(NOT rc EQUAL 2 OR NOT err STREQUAL expected)
  message(FATAL_ERROR "expected exit 2 and '${expected}', got ${rc}: '${err}' (stdout '${out}')")
endif()
