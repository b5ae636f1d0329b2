# High warnings for every trichosim target; third-party headers are included as SYSTEM by their imported targets.
function(trichosim_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
    -Wnon-virtual-dtor -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion -Wformat=2
    -Wimplicit-fallthrough)
  if(TRICHOSIM_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  # GCC 12's link-time optimiser reports -Wstringop-overflow on std::string copies inlined from libstdc++
  # (char_traits.h memcpy with a "bound between 2^63+1 and 2^64-1"): a known false positive (GCC PR 105329) that the
  # compile step, which sees the same code, does not report. Silenced for the LTO link step only.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_link_options(${target} PRIVATE -Wno-stringop-overflow)
  endif()
endfunction()
