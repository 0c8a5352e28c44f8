// The floor under a cold `pusterum report billing`: read every file named on
// standard input and run libyaml's event parser over it, on every core, and
// nothing else. No entry is built, no hour counted, no cache written.
// bench/run times it beside pusterum, ledger and hledger, to show what part of
// a first run the parser alone takes.
//
//   c++ -O2 -std=c++20 bench/libyaml_floor.cpp -lyaml -pthread -Wl,--no-as-needed -lmimalloc -o floor
//   find TREE/cases -path '*/hours/*.yaml' | ./floor
#include <yaml.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

namespace {

// The number of events in one file's text, or -1 if libyaml refuses it.
long parse_events(const std::string& text) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  long events = 0;
  for (bool done = false; !done; ++events) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      events = -1;
      break;
    }
    done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return events;
}

} // namespace

int main() {
  std::vector<std::string> paths;
  for (std::string line; std::getline(std::cin, line);)
    if (!line.empty()) paths.push_back(line);

  std::atomic<size_t> next = 0;
  std::atomic<long> events = 0, bytes = 0, refused = 0;
  std::vector<std::jthread> workers;
  for (unsigned n = std::max(1u, std::thread::hardware_concurrency()); n > 0; --n)
    workers.emplace_back([&] {
      for (size_t i; (i = next++) < paths.size();) {
        std::ifstream in(paths[i], std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const long n_events = parse_events(text);
        bytes += static_cast<long>(text.size());
        if (n_events < 0) ++refused;
        else events += n_events;
      }
    });
  workers.clear(); // joins
  std::printf("%zu files, %ld bytes, %ld events, %ld refused\n", paths.size(), bytes.load(), events.load(), refused.load());
  return refused > 0 ? 1 : 0;
}
