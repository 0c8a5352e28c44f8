#pragma once
// The byte-level writer and reader of pusterum's caches: fixed-size values
// in the host's byte order (a cache never moves between machines), texts
// and lists with their lengths, and a reader that checks every length
// against what is left and throws CodecError instead of reading past it.
// The reader takes only what the writer writes (a flag is 0 or 1, a fraction
// is in lowest terms), so what it returns encodes to the same bytes; the
// fuzzers in tests/fuzz/ hold it to that. The checksums are the frame's
// (store/cache_file.hpp).
#include "util/date.hpp"
#include "util/rational.hpp"

#include <cstdint>
#include <cstring>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::store {

// Thrown when the bytes are cut short or malformed.
struct CodecError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Out {
public:
  void u8(uint8_t v) { bytes_.push_back(static_cast<char>(v)); }
  void i64(int64_t v) { raw(&v, sizeof v); }
  void u64(uint64_t v) { raw(&v, sizeof v); }
  void i32(int32_t v) { raw(&v, sizeof v); }
  void flag(bool v) { u8(v ? 1 : 0); }
  void text(const std::string& s) {
    u32(static_cast<uint32_t>(s.size()));
    bytes_.append(s);
  }
  void texts(const std::vector<std::string>& list) {
    u32(static_cast<uint32_t>(list.size()));
    for (const auto& s : list) text(s);
  }
  void date(Date d) { i32(d.days()); }
  void date(const std::optional<Date>& d) {
    flag(d.has_value());
    if (d) date(*d);
  }
  void number(const Rational& r) {
    i64(r.numerator());
    i64(r.denominator());
  }
  void number(const std::optional<Rational>& r) {
    flag(r.has_value());
    if (r) number(*r);
  }
  template <class T, class Fn>
  void list(const std::vector<T>& items, Fn&& each) {
    u32(static_cast<uint32_t>(items.size()));
    for (const auto& item : items) each(item);
  }
  template <class E>
  void choice(E e) { u8(static_cast<uint8_t>(e)); }
  void u32(uint32_t v) { raw(&v, sizeof v); }
  std::string take() { return std::move(bytes_); }

private:
  void raw(const void* p, size_t n) { bytes_.append(static_cast<const char*>(p), n); }
  std::string bytes_;
};

class In {
public:
  explicit In(std::string_view bytes) : bytes_(bytes) {}
  uint8_t u8() { return fixed<uint8_t>(); }
  uint32_t u32() { return fixed<uint32_t>(); }
  int32_t i32() { return fixed<int32_t>(); }
  int64_t i64() { return fixed<int64_t>(); }
  uint64_t u64() { return fixed<uint64_t>(); }
  bool flag() {
    const uint8_t v = u8();
    if (v > 1) throw CodecError("a flag that is neither 0 nor 1");
    return v == 1;
  }
  std::string text() {
    const uint32_t n = u32();
    need(n);
    std::string s(bytes_.substr(at_, n));
    at_ += n;
    return s;
  }
  std::vector<std::string> texts() {
    std::vector<std::string> out(count(4));
    for (auto& s : out) s = text();
    return out;
  }
  Date date() { return Date::from_days(i32()); }
  std::optional<Date> maybe_date() { return flag() ? std::optional<Date>(date()) : std::nullopt; }
  Rational number() {
    const int64_t n = i64(), d = i64();
    if (d <= 0) throw CodecError("a fraction with no positive denominator");
    // Rational refuses INT64_MIN, whose magnitude no int64_t holds; and one not in lowest terms is not what Out wrote.
    if (n == INT64_MIN) throw CodecError("a numerator out of range");
    if (std::gcd(n, d) != 1) throw CodecError("a fraction not in lowest terms");
    return Rational(n, d);
  }
  std::optional<Rational> maybe_number() { return flag() ? std::optional<Rational>(number()) : std::nullopt; }
  template <class T, class Fn>
  std::vector<T> list(Fn&& each) {
    std::vector<T> out(count(1));
    for (auto& item : out) item = each();
    return out;
  }
  template <class E>
  E choice(uint8_t values) {
    const uint8_t v = u8();
    if (v >= values) throw CodecError("a value out of range");
    return static_cast<E>(v);
  }
  void finish() const {
    if (at_ != bytes_.size()) throw CodecError("bytes left over");
  }

private:
  // A fixed-size value in the host's byte order: the cache is never moved between machines.
  template <class T>
  T fixed() {
    T v;
    raw(&v, sizeof v);
    return v;
  }
  // A count of items of at least `size` bytes each, checked against what is left.
  uint32_t count(size_t size) {
    const uint32_t n = u32();
    need(static_cast<size_t>(n) * size);
    return n;
  }
  void need(size_t n) const {
    if (n > bytes_.size() - at_) throw CodecError("cut short");
  }
  void raw(void* p, size_t n) {
    need(n);
    std::memcpy(p, bytes_.data() + at_, n);
    at_ += n;
  }
  std::string_view bytes_;
  size_t at_ = 0;
};


} // namespace pusterum::store
