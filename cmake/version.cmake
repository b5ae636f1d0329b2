# Every stored run records the code version it came from: the project version and the git commit.
execute_process(
  COMMAND git rev-parse --short=12 HEAD
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
  OUTPUT_VARIABLE TRICHOSIM_GIT_HASH
  OUTPUT_STRIP_TRAILING_WHITESPACE
  ERROR_QUIET)
if(NOT TRICHOSIM_GIT_HASH)
  set(TRICHOSIM_GIT_HASH "unknown")
endif()
