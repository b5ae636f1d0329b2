#include "storage/trial_records.hpp"

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/forecast.hpp"
#include "app/version.hpp"

namespace trichosim::storage {
namespace {

nlohmann::json number(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

nlohmann::json sample_json(const trial::SampleSummary& s) {
  return {{"n", s.n},           {"mean", number(s.mean)},       {"sd", number(s.sd)},
          {"se", number(s.se)}, {"ci95_low", number(s.ci_low)}, {"ci95_high", number(s.ci_high)}};
}

nlohmann::json comparison_json(const trial::MeanComparison& c) {
  return {{"difference", number(c.difference)},
          {"se", number(c.se)},
          {"df", number(c.df)},
          {"t", number(c.t)},
          {"p_value", number(c.p_value)},
          {"ci95_low", number(c.ci_low)},
          {"ci95_high", number(c.ci_high)}};
}

std::string csv_number(double v) {
  if (!std::isfinite(v)) {
    return "";
  }
  std::ostringstream os;
  os.precision(10);
  os << v;
  return os.str();
}

}  // namespace

nlohmann::json trial_to_json(const trial::TrialDesign& d, const trial::RunFacts& o, const trial::TrialAnalysis& a) {
  nlohmann::json j;
  j["format"] = kTrialRecordFormat;
  j["provenance"] = {{"version", kVersion},
                     {"git_hash", kGitHash},
                     {"registry_hash", kRegistryHash},
                     {"trial_hash", app::fnv1a_hex(d.text + "\nseed=" + std::to_string(d.seed))},
                     {"seed", d.seed}};
  j["trial"] = {{"name", d.name},
                {"source", d.source},
                {"visit_years", d.visit_years},
                {"sample_fraction", d.sample_fraction},
                {"dropout_per_year", d.dropout_per_year},
                {"control_arm", d.arms[d.control_arm].name},
                {"overridden_parameters", d.overridden}};
  j["screening"] = {{"screened", o.screened}, {"enrolled", o.enrolled}};
  nlohmann::json arms = nlohmann::json::array();
  for (std::size_t k = 0; k < d.arms.size(); ++k) {
    nlohmann::json arm = {{"name", d.arms[k].name},
                          {"randomised", d.arms[k].n},
                          {"adherence", d.arms[k].adherence},
                          {"events", d.arms[k].events.size()}};
    nlohmann::json endpoints = nlohmann::json::array();
    for (std::size_t e = 0; e < d.endpoints.size(); ++e) {
      nlohmann::json visits = nlohmann::json::array();
      for (std::size_t v = 0; v < d.visit_years.size(); ++v) {
        const trial::VisitStats& s = a.arms[k][e][v];
        nlohmann::json visit = {{"years", s.years},
                                {"value", sample_json(s.value)},
                                {"change", sample_json(s.change)},
                                {"percent_change", sample_json(s.percent_change)}};
        nlohmann::json responders = nlohmann::json::array();
        for (std::size_t r = 0; r < s.responders.size(); ++r) {
          responders.push_back(
              {{"threshold", d.endpoints[e].responder_thresholds[r]},
               {"rule", "change " + std::string(trial::responder_comparison(d.endpoints[e])) + " threshold"},
               {"rate", number(s.responders[r].rate)},
               {"ci95_low", number(s.responders[r].ci_low)},
               {"ci95_high", number(s.responders[r].ci_high)},
               {"n", s.responders[r].n}});
        }
        visit["responders"] = responders;
        if (k != d.control_arm) {
          visit["change_versus_control"] = comparison_json(a.versus_control[k][e][v]);
        }
        visits.push_back(visit);
      }
      endpoints.push_back({{"name", d.endpoints[e].name},
                           {"instrument", d.endpoints[e].instrument},
                           {"site", d.endpoints[e].site.label()},
                           {"primary", d.endpoints[e].primary},
                           {"visits", visits}});
    }
    arm["endpoints"] = endpoints;
    arms.push_back(arm);
  }
  j["arms"] = arms;
  return j;
}

std::string trial_to_csv(const trial::TrialDesign& d, const trial::TrialAnalysis& a) {
  std::ostringstream os;
  os << "arm,endpoint,instrument,site,years,n,mean_value,mean_change,sd_change,se_change,ci95_low,ci95_high,"
        "mean_percent_change,difference_vs_control,difference_ci95_low,difference_ci95_high,p_value\n";
  for (std::size_t k = 0; k < d.arms.size(); ++k) {
    for (std::size_t e = 0; e < d.endpoints.size(); ++e) {
      for (std::size_t v = 0; v < d.visit_years.size(); ++v) {
        const trial::VisitStats& s = a.arms[k][e][v];
        const bool compared = k != d.control_arm;
        const trial::MeanComparison c = compared ? a.versus_control[k][e][v] : trial::MeanComparison{};
        os << d.arms[k].name << ',' << d.endpoints[e].name << ',' << d.endpoints[e].instrument << ','
           << d.endpoints[e].site.label() << ',' << s.years << ',' << s.change.n << ',' << csv_number(s.value.mean)
           << ',' << csv_number(s.change.mean) << ',' << csv_number(s.change.sd) << ',' << csv_number(s.change.se)
           << ',' << csv_number(s.change.ci_low) << ',' << csv_number(s.change.ci_high) << ','
           << csv_number(s.percent_change.mean) << ',' << (compared ? csv_number(c.difference) : "") << ','
           << (compared ? csv_number(c.ci_low) : "") << ',' << (compared ? csv_number(c.ci_high) : "") << ','
           << (compared ? csv_number(c.p_value) : "") << '\n';
      }
    }
  }
  return os.str();
}

}  // namespace trichosim::storage
