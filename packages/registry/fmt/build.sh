# {fmt} built as upstream's CMakeLists.txt builds the static library (src/format.cc and
# src/os.cc into libfmt.a, C++17 here as there) without running its CMake (no tests, no docs),
# and its headers installed as `cmake --install` puts them (usr/include/fmt/). MariaDB uses the
# headers only (FMT_HEADER_ONLY).
set -euo pipefail
for unit in format os; do
  $CXX ${CXXFLAGS:--O2} -std=c++17 -Iinclude -c "src/$unit.cc" -o "$unit.o"
done
$AR rcs libfmt.a format.o os.o
install -d "$WPK_DESTDIR$WPK_PREFIX/include/fmt" "$WPK_DESTDIR$WPK_PREFIX/lib"
install -m 644 include/fmt/*.h "$WPK_DESTDIR$WPK_PREFIX/include/fmt/"
install -m 644 libfmt.a "$WPK_DESTDIR$WPK_PREFIX/lib/"
