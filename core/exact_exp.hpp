#pragma once
#include <span>

namespace trichosim {

/// out[k] = std::exp(x[k]) for every k, bit for bit, faster when there are many: on processors where glibc's exp
/// takes its FMA path (FMA and AVX2: glibc's own choice), four arguments at a time through that path's exact
/// operations and table (glibc 2.36, sysdeps/ieee754/dbl-64/e_exp.c, from Arm's optimized-routines), without the
/// call, the dispatch and the special cases. Arguments outside that path's range (|x| < 2^-54, |x| >= 512, NaN),
/// and every argument on other processors, go to std::exp. At first use, a self-check against std::exp over
/// 20,000 arguments turns the fast path off for good if any result differs (another libm than the one copied).
/// Precondition: out is at least as long as x.
void exp_batch(std::span<const double> x, std::span<double> out);

/// True when exp_batch takes the four-wide path on this machine (for benchmarks and tests).
bool exp_batch_is_vectorised();

}  // namespace trichosim
