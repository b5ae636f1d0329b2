# Fuzz targets (docs/reliability.md). One source file per target defines LLVMFuzzerTestOneInput. The same source
# is built two ways:
#  - fuzz preset (TRICHOSIM_BUILD_FUZZ=ON, clang): fuzz_<name>, a libFuzzer binary (-fsanitize=fuzzer) that
#    scripts/fuzz-smoke runs on its seed corpus for a bounded time;
#  - every other build with tests: replay_<name>, the same code driven by tests/fuzz/replay_main.cpp, registered
#    with CTest as fuzz_replay.<name>; it replays the seed corpus and every saved crash (regressions/<name>/), so a
#    fixed crash stays fixed in the default and asan suites.
# Usage: trichosim_fuzz_target(<name> SOURCE <file.cpp> LIBS <libs...> [DICT <file.dict>])
#        seeds in tests/fuzz/corpus/<name>/, crash reproducers in tests/fuzz/regressions/<name>/.
set(TRICHOSIM_FUZZ_DIR ${PROJECT_SOURCE_DIR}/tests/fuzz)

function(trichosim_fuzz_target name)
  cmake_parse_arguments(ARG "" "SOURCE;DICT" "LIBS" ${ARGN})
  set(corpus ${TRICHOSIM_FUZZ_DIR}/corpus/${name})
  set(regressions ${TRICHOSIM_FUZZ_DIR}/regressions/${name})
  if(TRICHOSIM_BUILD_FUZZ)
    set(exe fuzz_${name})
    add_executable(${exe} ${ARG_SOURCE})
    target_link_options(${exe} PRIVATE -fsanitize=fuzzer)
    add_dependencies(fuzz_all ${exe})
  else()
    set(exe replay_${name})
    add_executable(${exe} ${ARG_SOURCE} ${TRICHOSIM_FUZZ_DIR}/replay_main.cpp)
    add_test(NAME fuzz_replay.${name} COMMAND ${exe} ${corpus} ${regressions})
    set_tests_properties(fuzz_replay.${name} PROPERTIES TIMEOUT 120)
  endif()
  target_link_libraries(${exe} PRIVATE ${ARG_LIBS})
  target_include_directories(${exe} PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_definitions(${exe} PRIVATE TRICHOSIM_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  trichosim_warnings(${exe})
  # Read by scripts/fuzz-smoke: target name, corpus, regressions, dictionary.
  file(APPEND ${PROJECT_BINARY_DIR}/fuzz_targets.txt "${name};${corpus};${regressions};${ARG_DICT}\n")
endfunction()
