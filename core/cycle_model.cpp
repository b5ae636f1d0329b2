#include "core/cycle_model.hpp"

#include <algorithm>
#include <cmath>

namespace trichosim {

CycleModel::CycleModel(const Parameters& p)
    : anagen_mean_(p[Param::cycle_anagen_mean_days]),
      anagen_exponent_(p[Param::cycle_anagen_size_exponent]),
      catagen_mean_(p[Param::cycle_catagen_mean_days]),
      telogen_mean_(p[Param::cycle_telogen_mean_days]),
      telogen_mean_mini_(p[Param::cycle_telogen_mean_days_miniaturised]),
      kenogen_mean_(p[Param::cycle_kenogen_mean_days]),
      kenogen_mean_mini_(p[Param::cycle_kenogen_mean_days_miniaturised]),
      kenogen_p_(p[Param::cycle_kenogen_probability]),
      kenogen_p_mini_(p[Param::cycle_kenogen_probability_miniaturised]),
      growth_exponent_(p[Param::cycle_growth_size_exponent]),
      vellus_size_(p[Param::scalp_vellus_size]),
      log_sd_{p[Param::cycle_anagen_log_sd], p[Param::cycle_catagen_log_sd], p[Param::cycle_telogen_log_sd],
              p[Param::cycle_kenogen_log_sd]} {}

double CycleModel::miniaturised_share(double size) const {
  return std::clamp((1.0 - size) / (1.0 - vellus_size_), 0.0, 1.0);
}

double CycleModel::anagen_mean_days(double size) const {
  // Most follicles are at full size; skip the power there (it is a hot path).
  return size == 1.0 ? anagen_mean_ : anagen_mean_ * std::pow(size, anagen_exponent_);
}

double CycleModel::telogen_mean_days(double size) const {
  return telogen_mean_ + (telogen_mean_mini_ - telogen_mean_) * miniaturised_share(size);
}

double CycleModel::kenogen_mean_days(double size) const {
  return kenogen_mean_ + (kenogen_mean_mini_ - kenogen_mean_) * miniaturised_share(size);
}

double CycleModel::kenogen_probability(double size) const {
  return kenogen_p_ + (kenogen_p_mini_ - kenogen_p_) * miniaturised_share(size);
}

double CycleModel::mean_days(Phase p, double size) const {
  switch (p) {
    case Phase::Anagen:
      return anagen_mean_days(size);
    case Phase::Catagen:
      return catagen_mean_;
    case Phase::Telogen:
      return telogen_mean_days(size);
    case Phase::Kenogen:
      return kenogen_mean_days(size);
    case Phase::Lost:
      break;
  }
  return 0.0;
}

double CycleModel::growth_factor(double size) const { return size == 1.0 ? 1.0 : std::pow(size, growth_exponent_); }

}  // namespace trichosim
