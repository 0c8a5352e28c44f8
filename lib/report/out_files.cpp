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

std::string out_extension(std::string_view format) { return format == "text" ? "txt" : std::string(format); }

std::filesystem::path out_file_name(std::string_view municipality, std::string_view what, grant::Span period,
                                    std::string_view extension) {
  return std::filesystem::path(municipality_file_part(municipality)) /
         fmt::format("{}_{}_{}.{}", what, period.first.iso(), period.last.iso(), extension);
}

void write_out_files(const std::filesystem::path& dir, const std::vector<OutFile>& files, const std::string& hint,
                     const std::function<void(const OutFile&)>& written) {
  refuse_shared_paths(files, hint);
  fs::create_private_dirs(dir);
  for (const OutFile& file : files) {
    fs::create_private_dirs(file.path.parent_path());
    fs::write_output_file(file.path, file.render()); // never committed: see fs.hpp
    written(file);
  }
}

render::Json written_json(const std::vector<OutFile>& files) {
  render::Json list = render::Json::array();
  for (const OutFile& f : files)
    list.push_back({{"path", f.path.string()},
                    {"municipality", f.municipality},
                    {"case", f.case_id.empty() ? render::Json(nullptr) : render::Json(f.case_id)},
                    {"period", {{"from", f.period.first.iso()}, {"to", f.period.last.iso()}}}});
  return {{"written", list}};
}

} // namespace pusterum::report
