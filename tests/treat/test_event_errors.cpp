#include <gtest/gtest.h>

#include <string>

#include "core/input_error.hpp"
#include "tests/treat/support.hpp"

namespace trichosim::treat {
namespace {

std::string message_of(const std::string& type, std::map<std::string, FieldValue> fields) {
  try {
    testing::make(type, std::move(fields));
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(EventErrors, UnknownTypeListsTheKnownOnes) {
  EXPECT_EQ(message_of("finasterid", {{"start_years", 0.0}}),
            "events[0] (finasterid).type = \"finasterid\": unknown event type; known types are finasteride, "
            "dutasteride, spironolactone, minoxidil, ketoconazole, telogen_effluvium, postpartum, hypothyroidism, "
            "hyperthyroidism, iron_deficiency, vitamin_d_deficiency, protein_deficiency, chemotherapy, beta_blocker, "
            "antidepressant, retinoid, anticoagulant, microneedling, transplant, laser, micropigmentation");
}

TEST(EventErrors, DoseOutOfRangeNamesFieldValueAndRange) {
  EXPECT_EQ(message_of("finasteride", {{"start_years", 0.0}, {"dose_mg", 10.0}}),
            "events[0] (finasteride).dose_mg = 10: allowed range is 0.01 to 5 (mg per day)");
  EXPECT_EQ(message_of("dutasteride", {{"start_years", 0.0}, {"dose_mg", 0.01}}),
            "events[0] (dutasteride).dose_mg = 0.01: allowed range is 0.05 to 5 (mg per day)");
}

TEST(EventErrors, AdherenceAndStopAreChecked) {
  EXPECT_EQ(message_of("finasteride", {{"start_years", 0.0}, {"adherence", 1.5}}),
            "events[0] (finasteride).adherence = 1.5: allowed range is 0 to 1 (fraction of doses taken)");
  EXPECT_EQ(message_of("minoxidil", {{"start_years", 2.0}, {"stop_years", 1.0}}),
            "events[0] (minoxidil).stop_years = 1: must be later than start_years = 2");
  EXPECT_EQ(message_of("finasteride", {{"dose_mg", 1.0}}),
            "events[0] (finasteride).start_years: missing; give a number from -100 to 100 (year)");
}

TEST(EventErrors, ChoicesListTheAllowedValues) {
  EXPECT_EQ(message_of("minoxidil", {{"start_years", 0.0}, {"route", std::string("patch")}}),
            "events[0] (minoxidil).route = \"patch\": allowed values are topical, oral");
  EXPECT_EQ(message_of("telogen_effluvium", {{"start_years", 0.0}, {"trigger", std::string("flu")}}),
            "events[0] (telogen_effluvium).trigger = \"flu\": allowed values are illness, surgery, crash_diet, "
            "stress, haemorrhage, other");
}

TEST(EventErrors, FieldsOfTheOtherRouteAreRefused) {
  EXPECT_EQ(message_of("minoxidil", {{"start_years", 0.0}, {"dose_mg", 1.0}}),
            "events[0] (minoxidil): unknown field \"dose_mg\"; accepted fields are type, route, start_years, "
            "stop_years, adherence, concentration_percent, applications_per_day, form, regions");
}

TEST(EventErrors, RequiredFieldsOfCauses) {
  EXPECT_EQ(message_of("chemotherapy", {{"start_years", 0.0}}),
            "events[0] (chemotherapy).stop_years: missing; chemotherapy needs the day of the last dose (years)");
  EXPECT_EQ(message_of("iron_deficiency", {{"start_years", 0.0}}),
            "events[0] (iron_deficiency).ferritin_ng_per_ml: missing; give a number from 1 to 300 (ng/mL)");
  EXPECT_EQ(message_of("postpartum", {{"start_years", 0.0}, {"severity", 0.95}}),
            "events[0] (postpartum).severity = 0.95: allowed range is 0.01 to 0.9 (share of anagen follicles "
            "released)");
  EXPECT_EQ(message_of("telogen_effluvium", {{"start_years", 0.0}, {"stop_years", 1.0}}),
            "events[0] (telogen_effluvium): unknown field \"stop_years\"; accepted fields are type, course, "
            "trigger, start_years, severity");
}

}  // namespace
}  // namespace trichosim::treat
