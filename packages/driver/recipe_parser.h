// recipe_parser.h — reads package.yaml into a Recipe, enforcing the closed schema.
//
// Every problem (unknown or misplaced key, wrong type, missing field, bad value, a patch or
// script that does not exist) is a wpk::Error "file:line:col: message". The parser never
// returns a half-filled recipe.
#pragma once

#include "recipe.h"

#include <filesystem>
#include <string>

namespace wpk {

// Parses `text` as the recipe file `file` (whose folder is the recipe's folder).
Recipe parse_recipe(const std::string& text, const std::filesystem::path& file);
Recipe load_recipe(const std::filesystem::path& file);

} // namespace wpk
