#include "report/out_files.hpp"

#include "model/municipality.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <map>

namespace pusterum::report {

namespace {

void refuse_shared_paths(const std::vector<OutFile>& files, const std::string& hint) {
  std::map<std::string, const OutFile*> by_path;
  for (const OutFile& file : files) {
    const auto [it, fresh] = by_path.emplace(text::fold_case(file.path.lexically_normal().string()), &file);
    if (!fresh)
      throw Error(Exit::invalid, fmt::format("{} and {} would both be written to {}", it->second->holds, file.holds, file.path.string()),
                  hint);
  }
}

} // namespace

std::string municipality_file_part(std::string_view municipality) { return text::slugify(municipality_key(municipality)); }

void write_out_files(const std::filesystem::path& dir, const std::vector<OutFile>& files, const std::string& hint,
                     const std::function<void(const std::filesystem::path&)>& written) {
  refuse_shared_paths(files, hint);
  fs::create_private_dirs(dir);
  for (const OutFile& file : files) {
    fs::write_output_file(file.path, file.render()); // never committed: see fs.hpp
    written(file.path);
  }
}

} // namespace pusterum::report
