# The trichosim command refuses unusable output destinations and damaged databases with exit code 2, a message
# naming the path and the problem, before any simulation, and leaves nothing behind.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(scenario ${SOURCE}/examples/person_30_no_predisposition.toml)

function(expect_refusal what pattern)
  execute_process(COMMAND ${TRICHOSIM} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 2)
    message(FATAL_ERROR "${what}: expected exit code 2, got ${rc}\n${out}\n${err}")
  endif()
  if(NOT err MATCHES "${pattern}")
    message(FATAL_ERROR "${what}: unexpected message: ${err}")
  endif()
endfunction()

# --seed beyond 2^53 - 1 (the scenario files' limit; larger seeds would not survive JSON and SQLite readers).
expect_refusal("--seed too large" "^error: --seed = 9007199254740992: allowed range is 0 to 9007199254740991"
               forecast ${scenario} --seed 9007199254740992 --out ${WORK}/out_seed --quiet)
if(EXISTS ${WORK}/out_seed)
  message(FATAL_ERROR "--seed refusal left ${WORK}/out_seed behind")
endif()
# A negative --seed is named as given (an unsigned option had read -1 as 2^64 - 1 and run with it), and every command
# that takes --seed checks it the same way.
expect_refusal("--seed negative" "^error: --seed = -1: allowed range is 0 to 9007199254740991 \\(whole number\\)"
               forecast ${scenario} --seed -1 --out ${WORK}/out_seed --quiet)
expect_refusal("measure --seed negative" "^error: --seed = -1: allowed range is 0 to 9007199254740991"
               measure ${scenario} --seed -1)
expect_refusal("trial --seed too large" "^error: --seed = 9007199254740992: allowed range is 0 to 9007199254740991"
               trial ${SOURCE}/examples/trials/null_trial_1y.toml --seed 9007199254740992)
expect_refusal("consult --seed negative" "^error: --seed = -5: allowed range is 0 to 9007199254740991"
               consult ${SOURCE}/tests/fuzz/corpus/intake/male_aga_kaufman.toml --seed -5 --out ${WORK}/out_consult_seed)
if(EXISTS ${WORK}/out_seed OR EXISTS ${WORK}/out_consult_seed)
  message(FATAL_ERROR "a --seed refusal left its output folder behind")
endif()

# --out names an existing file: refused, the file untouched.
file(WRITE ${WORK}/a_file "keep me\n")
expect_refusal("--out is a file" "^error: --out = [^\n]*a_file: exists and is not a folder; give a folder for the outputs"
               forecast ${scenario} --out ${WORK}/a_file --quiet)
file(READ ${WORK}/a_file kept)
if(NOT kept STREQUAL "keep me\n")
  message(FATAL_ERROR "--out on a file changed the file")
endif()

# --out where no folder can be created (/proc refuses new entries, even for root).
expect_refusal("--out in /proc" "^error: --out = /proc/trichosim-test/out: cannot create the folder \\("
               forecast ${scenario} --out /proc/trichosim-test/out --quiet)

# --db names a file that is not an SQLite database: refused before the run, no outputs, the file untouched.
file(WRITE ${WORK}/not_a_db.txt "name,value\nthis is a spreadsheet, not a database\n")
expect_refusal("--db on a text file" "cannot open the run database \\(file is not a database\\)"
               forecast ${scenario} --out ${WORK}/out_text_db --db ${WORK}/not_a_db.txt --quiet)
if(EXISTS ${WORK}/out_text_db)
  message(FATAL_ERROR "--db on a text file left ${WORK}/out_text_db behind")
endif()
file(READ ${WORK}/not_a_db.txt kept)
if(NOT kept MATCHES "^name,value\nthis is a spreadsheet")
  message(FATAL_ERROR "--db on a text file changed the file")
endif()

# runs list/show on a missing database: refused, no empty database created.
expect_refusal("runs list on a missing db" "^error: --db = [^\n]*missing.db: no such run database"
               runs list --db ${WORK}/missing.db)
if(EXISTS ${WORK}/missing.db)
  message(FATAL_ERROR "runs list created a database")
endif()
expect_refusal("runs show on a text file" "cannot open the run database \\(file is not a database\\)"
               runs show 1 --db ${WORK}/not_a_db.txt)

# A database cut short (a copy interrupted at 8 KiB): a clear refusal, never a crash.
execute_process(COMMAND head -c 8192 ${SOURCE}/tests/fuzz/corpus/run_store/two_runs_4k.db
                OUTPUT_FILE ${WORK}/truncated.db)
expect_refusal("runs list on a truncated db" "(damaged|malformed|not a database)" runs list --db ${WORK}/truncated.db)

# Without root, a folder without write permission is refused too (root writes anywhere, so skip the check then).
execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT uid STREQUAL "0")
  file(MAKE_DIRECTORY ${WORK}/read_only)
  file(CHMOD ${WORK}/read_only DIRECTORY_PERMISSIONS OWNER_READ OWNER_EXECUTE)
  expect_refusal("--out read-only" "^error: --out = [^\n]*read_only/out: cannot create the folder"
                 forecast ${scenario} --out ${WORK}/read_only/out --quiet)
  file(CHMOD ${WORK}/read_only DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
endif()

# calibrate --explore frees entries not marked fitted, so it may not write the registry.
expect_refusal("calibrate --explore --write" "^error: --explore with --write: an exploration may free entries not marked fitted"
               calibrate ${SOURCE}/data/calibration.toml --explore --write --registry ${WORK}/registry_copy.toml)
if(EXISTS ${WORK}/registry_copy.toml)
  message(FATAL_ERROR "calibrate --explore --write left ${WORK}/registry_copy.toml behind")
endif()
