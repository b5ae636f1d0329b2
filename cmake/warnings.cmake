# High warnings for every trichosim target; third-party headers are included as SYSTEM by their imported targets.
function(trichosim_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
    -Wnon-virtual-dtor -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion -Wformat=2
    -Wimplicit-fallthrough)
  if(TRICHOSIM_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
