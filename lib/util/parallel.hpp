#pragma once
// Work spread over the machine's cores. Reading a large provider is
// thousands of small, independent files: two cores read them in half the time.
#include <cstddef>
#include <functional>

namespace pusterum {

// Calls body(0) .. body(count - 1), each exactly once, on up to one thread
// per core; returns when all are done. The first exception a call throws is
// rethrown here (the remaining indexes are skipped). `body` must only touch
// what belongs to its index or is safe to share.
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& body);

} // namespace pusterum
