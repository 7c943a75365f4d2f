// main.cc — the `wpk` executable: runs the CLI and turns errors into a message and exit status 1.
#include "cli_context.h"
#include "error.h"
#include "subprocess.h"

#include <iostream>

int main(int argc, char** argv) {
  wpk::stop_children_on_termination();
  try {
    return wpk::run_cli(argc, argv);
  } catch (const wpk::Error& e) {
    std::cerr << "wpk: error: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "wpk: internal error: " << e.what() << "\n";
    return 1;
  }
}
