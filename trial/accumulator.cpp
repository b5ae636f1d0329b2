#include "trial/accumulator.hpp"

#include <cassert>
#include <cmath>

namespace trichosim::trial {

TrialAccumulator::TrialAccumulator(const TrialDesign& design)
    : design_(design),
      arms_(design.arms.size()),
      visits_(design.visit_years.size()),
      stride_arm_(design.endpoints.size() * design.visit_years.size()),
      value_(arms_ * stride_arm_),
      change_(arms_ * stride_arm_),
      percent_change_(arms_ * stride_arm_),
      responders_(arms_ * stride_arm_) {
  for (std::size_t k = 0; k < arms_; ++k) {
    for (std::size_t e = 0; e < design.endpoints.size(); ++e) {
      for (std::size_t v = 0; v < visits_; ++v) {
        responders_[cell(k, e, v)].assign(design.endpoints[e].responder_thresholds.size(), 0);
      }
    }
  }
}

void TrialAccumulator::add(std::size_t slot, std::span<const double> values) {
  constexpr double kPercent = 100.0;
  assert(values.size() == values_per_patient());
  for (std::size_t k = 0; k < arms_; ++k) {
    if (slot >= design_.arms[k].n) {
      continue;
    }
    for (std::size_t e = 0; e < design_.endpoints.size(); ++e) {
      const double base = values[cell(k, e, 0)];
      const EndpointSpec& spec = design_.endpoints[e];
      const auto& thresholds = spec.responder_thresholds;
      for (std::size_t v = 0; v < visits_; ++v) {
        const std::size_t c = cell(k, e, v);
        const double x = values[c];
        if (std::isfinite(x)) {
          value_[c].add(x);
        }
        const double change = x - base;
        if (std::isfinite(change)) {
          change_[c].add(change);
          for (std::size_t r = 0; r < thresholds.size(); ++r) {
            responders_[c][r] += is_responder(spec, change, thresholds[r]) ? 1U : 0U;
          }
        }
        const double percent = base != 0.0 ? change / base * kPercent : std::nan("");
        if (std::isfinite(percent)) {
          percent_change_[c].add(percent);
        }
      }
    }
  }
}

TrialAnalysis TrialAccumulator::finish() const {
  TrialAnalysis a;
  const std::size_t endpoints = design_.endpoints.size();
  const std::size_t control = design_.control_arm;
  a.arms.resize(arms_);
  a.versus_control.resize(arms_);
  for (std::size_t k = 0; k < arms_; ++k) {
    a.arm_names.push_back(design_.arms[k].name);
    a.randomised.push_back(design_.arms[k].n);
    a.arms[k].resize(endpoints);
    if (k != control) {
      a.versus_control[k].resize(endpoints);
    }
    for (std::size_t e = 0; e < endpoints; ++e) {
      for (std::size_t v = 0; v < visits_; ++v) {
        const std::size_t c = cell(k, e, v);
        VisitStats s;
        s.years = design_.visit_years[v];
        s.value = summarise(value_[c]);
        s.change = summarise(change_[c]);
        s.percent_change = summarise(percent_change_[c]);
        for (std::size_t hits : responders_[c]) {
          s.responders.push_back(proportion(hits, change_[c].n));
        }
        a.arms[k][e].push_back(std::move(s));
        if (k != control) {
          a.versus_control[k][e].push_back(welch_compare(change_[c], change_[cell(control, e, v)]));
        }
      }
    }
  }
  return a;
}

}  // namespace trichosim::trial
