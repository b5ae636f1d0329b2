#pragma once
// Reads typed choices from a fuzz input, front to back; zeros once the bytes run out. A small stand-in for
// libFuzzer's FuzzedDataProvider, which GCC builds (the replay side of the fuzz targets) do not ship.
#include <cstdint>
#include <cstring>
#include <limits>

namespace trichosim::fuzz {

class ByteReader {
 public:
  ByteReader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

  std::size_t remaining() const { return size_ - at_; }

  /// The next 8 bytes (fewer when the input ends) as an unsigned integer.
  std::uint64_t bits() {
    std::uint64_t v = 0;
    const std::size_t n = remaining() < sizeof(v) ? remaining() : sizeof(v);
    std::memcpy(&v, data_ + at_, n);
    at_ += n;
    return v;
  }

  /// The next byte (0 when the input ends).
  std::uint8_t byte() { return remaining() > 0 ? data_[at_++] : std::uint8_t{0}; }

  /// An integer in [lo, hi] from one byte (hi - lo < 256).
  int small(int lo, int hi) { return lo + byte() % (hi - lo + 1); }

  /// A double in [lo, hi] from 8 bytes.
  double in_range(double lo, double hi) {
    const double unit = static_cast<double>(bits() >> 11U) / static_cast<double>(std::uint64_t{1} << 53U);
    const double v = lo + (hi - lo) * unit;
    return v < hi ? v : hi;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

}  // namespace trichosim::fuzz
