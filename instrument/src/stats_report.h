// stats_report.h — the --stats report as a table or JSON.
#pragma once

#include "instrument_module.h"

#include <ostream>

namespace wpk::instrument {

enum class StatsFormat { Table, Json };

void writeStats(std::ostream& out, const InstrumentStats& stats, StatsFormat format);

} // namespace wpk::instrument
