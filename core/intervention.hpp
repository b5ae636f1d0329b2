#pragma once
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "core/modifiers.hpp"
#include "core/parameters.hpp"
#include "core/person.hpp"
#include "core/units.hpp"

namespace trichosim {

class ScalpEditor;

/// A treatment, cause or procedure scheduled in a scenario. It acts only through (1) modifiers that hold
/// between its change days and (2) instantaneous actions through a ScalpEditor; it never touches the follicle
/// store directly. Implementations live in treat/, one file pair each, listed in treat/registry.cpp.
class Intervention {
 public:
  Intervention() = default;
  Intervention(const Intervention&) = delete;
  Intervention& operator=(const Intervention&) = delete;
  Intervention(Intervention&&) = delete;
  Intervention& operator=(Intervention&&) = delete;
  virtual ~Intervention() = default;

  /// Scenario name, e.g. "finasteride".
  virtual std::string_view name() const = 0;
  /// Registry parameters this intervention reads.
  virtual std::vector<Param> registry_keys() const = 0;
  /// Days on which its modifiers change (start, stop, ramp steps). The engine recomposes modifiers there.
  virtual std::vector<Day> change_days() const = 0;
  /// First composition pass: effects on the skin that other plug-ins read (Modifiers::topical_absorption_scale).
  /// The engine runs every plug-in's modify_skin before any modify, so what a topical drug sees does not depend
  /// on the order of events in the scenario. None by default.
  virtual void modify_skin(Day t, const Person& person, RegionalModifiers& m) const {
    (void)t;
    (void)person;
    (void)m;
  }
  /// Second pass: folds its effect, as it holds from day `t` until the next change day, into `m`.
  virtual void modify(Day t, const Person& person, RegionalModifiers& m) const = 0;
  /// Days of instantaneous actions (an effluvium trigger, a transplant session). None by default.
  virtual std::vector<Day> action_days() const { return {}; }
  /// The instantaneous action on day `t`. `action_id` is unique per (intervention, action) within a run.
  virtual void act(Day t, std::uint16_t action_id, ScalpEditor& editor) const {
    (void)t;
    (void)action_id;
    (void)editor;
  }
  /// True when its actions decide follicle by follicle, each follicle's fate resting on its own state and draws
  /// alone (ScalpEditor::end_phase_now, break_anagen_shafts): then a simulation of part of the scalp may take it and
  /// each follicle lives its whole-scalp life. False (the default) for actions that choose among follicles or add
  /// them (a transplant's harvest and implantation).
  virtual bool acts_per_follicle() const { return false; }
};

/// The modifiers holding from day `t`: every plug-in's modify_skin, then every plug-in's modify. The two passes
/// make the result independent of the order of the interventions (up to floating-point rounding of products).
inline RegionalModifiers compose_modifiers(std::span<const std::unique_ptr<Intervention>> interventions, Day t,
                                           const Person& person) {
  RegionalModifiers m;
  for (const auto& iv : interventions) {
    iv->modify_skin(t, person, m);
  }
  for (const auto& iv : interventions) {
    iv->modify(t, person, m);
  }
  return m;
}

}  // namespace trichosim
