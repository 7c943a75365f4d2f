// json_value_test.cc — the deterministic JSON writer.
#include "json_value.h"

#include <gtest/gtest.h>

namespace wpk::abi {
namespace {

TEST(JsonValue, SortedKeysAndInlineScalarArrays) {
  JsonObject o{{"zeta", 1}, {"alpha", JsonArray{"i32", "i64"}}, {"mid", JsonObject{}}};
  EXPECT_EQ(write_json(o), "{\n  \"alpha\": [\"i32\", \"i64\"],\n  \"mid\": {},\n  \"zeta\": 1\n}");
}

TEST(JsonValue, NestedArraysOfObjects) {
  JsonArray a{JsonObject{{"b", 2}, {"a", 1}}, JsonObject{}};
  EXPECT_EQ(write_json(a), "[\n  {\n    \"a\": 1,\n    \"b\": 2\n  },\n  {}\n]");
  EXPECT_EQ(write_json(JsonArray{}), "[]");
}

TEST(JsonValue, EscapesStrings) {
  EXPECT_EQ(json_quote("a\"b\\c\nd\te\x01"), "\"a\\\"b\\\\c\\nd\\te\\u0001\"");
  EXPECT_EQ(write_json(JsonValue(int64_t{-9223372036854775807LL - 1})), "-9223372036854775808");
}

} // namespace
} // namespace wpk::abi
