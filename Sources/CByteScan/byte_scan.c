// Byte scans that Swift compiles to scalar code: `SIMD16<UInt8>` comparisons lowered to a loop a lane at a time
// (Swift 6.3), so these scans are written with SSE2/SSSE3 intrinsics here.
#include "byte_scan.h"

#if defined(__x86_64__) || defined(__i386__)
#define GD_HAVE_X86 1
#include <immintrin.h>
#endif

static inline int is_word_byte(uint8_t byte) {
  return (uint8_t)(byte - '0') <= 9 || (uint8_t)((byte | 0x20) - 'a') <= 25;
}

static inline int is_candidate(const uint8_t *bytes, size_t index, const gd_prefix_tables *tables) {
  if (index > 0 && is_word_byte(bytes[index - 1])) return 0;
  unsigned buckets = 0xFF;
  for (int position = 0; position < 3; position++) {
    uint8_t byte = bytes[index + position] | 0x20;
    buckets &= tables->low[position][byte & 15] & tables->high[position][byte >> 4];
  }
  return buckets != 0;
}

static size_t next_scalar(const uint8_t *bytes, size_t count, size_t index, const gd_prefix_tables *tables) {
  for (; index + 2 < count; index++) {
    if (is_candidate(bytes, index, tables)) return index;
  }
  return count;
}

#if GD_HAVE_X86
__attribute__((target("ssse3")))
static inline __m128i buckets_at(const uint8_t *position, __m128i low, __m128i high) {
  const __m128i fold = _mm_set1_epi8(0x20), nibble = _mm_set1_epi8(0x0F);
  __m128i bytes = _mm_or_si128(_mm_loadu_si128((const __m128i *)position), fold);
  __m128i lows = _mm_shuffle_epi8(low, _mm_and_si128(bytes, nibble));
  __m128i highs = _mm_shuffle_epi8(high, _mm_and_si128(_mm_srli_epi16(bytes, 4), nibble));
  return _mm_and_si128(lows, highs);
}

__attribute__((target("ssse3")))
static size_t next_ssse3(const uint8_t *bytes, size_t count, size_t index, const gd_prefix_tables *tables) {
  if (index == 0) {
    if (count > 2 && is_candidate(bytes, 0, tables)) return 0;
    index = 1;
  }
  __m128i low[3], high[3];
  for (int position = 0; position < 3; position++) {
    low[position] = _mm_loadu_si128((const __m128i *)tables->low[position]);
    high[position] = _mm_loadu_si128((const __m128i *)tables->high[position]);
  }
  const __m128i fold = _mm_set1_epi8(0x20), zero = _mm_setzero_si128();
  const __m128i letterBase = _mm_set1_epi8('a'), letterSpan = _mm_set1_epi8(25);
  const __m128i digitBase = _mm_set1_epi8('0'), digitSpan = _mm_set1_epi8(9);
  // Reads bytes[index - 1] through bytes[index + 17].
  while (index + 18 <= count) {
    __m128i before = _mm_loadu_si128((const __m128i *)(bytes + index - 1));
    __m128i letter = _mm_sub_epi8(_mm_or_si128(before, fold), letterBase);
    __m128i digit = _mm_sub_epi8(before, digitBase);
    __m128i wordByte = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(letter, letterSpan), letter),
                                    _mm_cmpeq_epi8(_mm_min_epu8(digit, digitSpan), digit));
    __m128i buckets = _mm_and_si128(buckets_at(bytes + index, low[0], high[0]),
                                    _mm_and_si128(buckets_at(bytes + index + 1, low[1], high[1]),
                                                  buckets_at(bytes + index + 2, low[2], high[2])));
    __m128i none = _mm_or_si128(_mm_cmpeq_epi8(buckets, zero), wordByte);
    unsigned mask = (unsigned)_mm_movemask_epi8(none) ^ 0xFFFFu;
    if (mask != 0) return index + (size_t)__builtin_ctz(mask);
    index += 16;
  }
  return next_scalar(bytes, count, index, tables);
}
#endif

size_t gd_next_word_prefix(const uint8_t *bytes, size_t count, size_t start, const gd_prefix_tables *tables) {
#if GD_HAVE_X86
  static int hasSSSE3 = -1;  // -1 until known; threads that race here store the same answer
  int known = __atomic_load_n(&hasSSSE3, __ATOMIC_RELAXED);
  if (known < 0) {
    known = __builtin_cpu_supports("ssse3") ? 1 : 0;
    __atomic_store_n(&hasSSSE3, known, __ATOMIC_RELAXED);
  }
  if (known) return next_ssse3(bytes, count, start, tables);
#endif
  return next_scalar(bytes, count, start, tables);
}

size_t gd_next_word_prefix_portable(const uint8_t *bytes, size_t count, size_t start,
                                    const gd_prefix_tables *tables) {
  return next_scalar(bytes, count, start, tables);
}

size_t gd_next_json_escape(const uint8_t *bytes, size_t count, size_t start) {
  size_t index = start;
#if defined(__SSE2__)
  const __m128i control = _mm_set1_epi8(0x1F), quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  while (index + 16 <= count) {
    __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + index));
    __m128i found = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(chunk, control), chunk),
                                 _mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)));
    unsigned mask = (unsigned)_mm_movemask_epi8(found);
    if (mask != 0) return index + (size_t)__builtin_ctz(mask);
    index += 16;
  }
#endif
  for (; index < count; index++) {
    uint8_t byte = bytes[index];
    if (byte < 0x20 || byte == '"' || byte == '\\') return index;
  }
  return count;
}
