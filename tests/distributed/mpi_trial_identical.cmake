# One small trial (screening refuses some candidates, dropout leaves missing visits, a treated arm) run four ways:
# without mpirun, and under mpirun with 1 rank x 1 thread, 2 ranks x 1 thread and 2 ranks x 2 threads. trial.json
# and trial.csv must be identical byte for byte: they carry no wall time, host, thread or rank count.
# --oversubscribe: CI machines have 2 cores and 2 ranks x 2 threads; --allow-run-as-root: CI runs as root.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(WRITE ${WORK}/small.toml "format = \"trichosim-trial/1\"
name = \"mpi identical\"
seed = 11
[parameters]
\"scalp.area_cm2\" = 200
[population]
age_min_years = 20
age_max_years = 40
[[screening]]
instrument = \"relative_density\"
site = \"crown\"
max = 0.85
[design]
duration_years = 0.5
visit_years = [0.25, 0.5]
sample_fraction = 0.05
dropout_per_year = 0.5
[[arms]]
name = \"placebo\"
n = 9
[[arms]]
name = \"minoxidil\"
n = 9
[[arms.events]]
type = \"minoxidil\"
start_years = 0
[[endpoints]]
instrument = \"nonvellus_per_cm2\"
site = \"crown\"
responder_thresholds = [0]
")
set(mpi ${MPIEXEC} --oversubscribe --allow-run-as-root)
set(runs plain np1 np2 np2t2)
set(cmd_plain ${TRICHOSIM} trial ${WORK}/small.toml --threads 1 --out ${WORK}/plain)
set(cmd_np1 ${mpi} -np 1 ${TRICHOSIM} trial ${WORK}/small.toml --threads 1 --out ${WORK}/np1)
set(cmd_np2 ${mpi} -np 2 ${TRICHOSIM} trial ${WORK}/small.toml --threads 1 --out ${WORK}/np2)
set(cmd_np2t2 ${mpi} -np 2 ${TRICHOSIM} trial ${WORK}/small.toml --threads 2 --out ${WORK}/np2t2)
foreach(r ${runs})
  execute_process(COMMAND ${cmd_${r}} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "run ${r} failed (${rc}): ${out}${err}")
  endif()
  if(r STREQUAL "np2" AND NOT out MATCHES "1 thread\\(s\\) x 2 MPI ranks")
    message(FATAL_ERROR "run ${r} did not run on 2 ranks: ${out}")
  endif()
  string(REGEX MATCHALL "wrote " wrote "${out}")
  list(LENGTH wrote n)
  if(NOT n EQUAL 1)
    message(FATAL_ERROR "run ${r}: expected rank 0 alone to report, got ${n} reports: ${out}")
  endif()
endforeach()
file(READ ${WORK}/plain/trial.json reference)
string(JSON enrolled GET "${reference}" screening enrolled)
string(JSON screened GET "${reference}" screening screened)
if(NOT enrolled EQUAL 9 OR NOT screened GREATER 9)
  message(FATAL_ERROR "expected 9 enrolled out of more screened: ${enrolled} of ${screened}")
endif()
foreach(r np1 np2 np2t2)
  foreach(f trial.json trial.csv)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/plain/${f} ${WORK}/${r}/${f} RESULT_VARIABLE diff)
    if(NOT diff EQUAL 0)
      message(FATAL_ERROR "${r}/${f} differs from plain/${f}")
    endif()
  endforeach()
endforeach()
