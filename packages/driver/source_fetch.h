// source_fetch.h — gets a recipe's source tarball into $WPK_CACHE/sources/, verified by sha256.
//
// Order: a cached file whose sha256 matches; a file:// URL (copied, then verified); the Debian
// source package named by the recipe, through scripts/lib/debian-source (which verifies too, and
// is verified again here). There is no network besides Debian's archive, so an http(s) URL alone
// is not fetched. A mismatch is an error and the bad file is never used.
#pragma once

#include "recipe.h"

#include <filesystem>

namespace wpk {

std::filesystem::path fetch_source(const Recipe& recipe, const std::filesystem::path& repo,
                                   const std::filesystem::path& cache);

} // namespace wpk
