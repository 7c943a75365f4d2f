#include <stddef.h>
#include <stdio.h>

size_t count_words(const char* text);

int main(void) {
  printf("%zu words\n", count_words("a plain make project"));
  return 0;
}
