#include <string.h>

size_t count_words(const char* text) {
  size_t n = 0;
  for (const char* p = text; *p; p++)
    if (*p != ' ' && (p == text || p[-1] == ' '))
      n++;
  return n;
}
