// C++ through <arch>posix-c++: a class whose static instance is built by a constructor before
// main, used from C. Only the C library is available (libc++ is not in the sysroot).
#include <ctype.h>

namespace {
class UpperCase {
public:
  UpperCase() {
    for (int c = 0; c < 256; ++c)
      table_[c] = static_cast<char>(toupper(c));
  }
  char operator()(char c) const { return table_[static_cast<unsigned char>(c)]; }

private:
  char table_[256];
};
const UpperCase upper_case;
} // namespace

extern "C" void shout(char* text) {
  for (; *text; ++text)
    *text = upper_case(*text);
}
