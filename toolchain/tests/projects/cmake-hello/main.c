#include <unistd.h>

int greet(const char* who);
void shout(char* text);

_Static_assert(SIZEOF_LONG == sizeof(long), "CMake's check_type_size agrees with the compiler");

int main(int argc, char** argv) {
  char who[] = "cmake";
  shout(who);
  return greet(argc > 1 ? argv[1] : who) > 0 && getpid() > 0 ? 0 : 1;
}
