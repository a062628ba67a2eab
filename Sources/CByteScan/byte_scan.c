// Byte scans that Swift compiles to scalar code: `SIMD16<UInt8>` comparisons lowered to a loop a lane at a time
// (Swift 6.3), so these scans are written with SSE2/SSSE3 intrinsics here.
#define _GNU_SOURCE  // memmem
#include "byte_scan.h"

#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#define GD_HAVE_X86 1
#include <immintrin.h>
#endif

static inline int is_word_byte(uint8_t byte) {
  return (uint8_t)(byte - '0') <= 9 || (uint8_t)((byte | 0x20) - 'a') <= 25;
}

static inline int is_candidate(const uint8_t *bytes, size_t count, size_t index, const gd_prefix_tables *tables) {
  if (index > 0 && is_word_byte(bytes[index - 1])) return 0;
  unsigned buckets = 0xFF;
  for (size_t position = 0; position < 4; position++) {
    uint8_t byte = (index + position < count ? bytes[index + position] : 0) | 0x20;  // past the end: as a zero
    buckets &= tables->low[position][byte & 15] & tables->high[position][byte >> 4];
  }
  return buckets != 0;
}

static size_t next_scalar(const uint8_t *bytes, size_t count, size_t index, const gd_prefix_tables *tables) {
  for (; index + 2 < count; index++) {
    if (is_candidate(bytes, count, index, tables)) return index;
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

/// A bit for each of the sixteen positions from `at` that is a candidate; reads `at[-1]` through `at[18]`.
__attribute__((target("ssse3")))
static inline unsigned candidates16(const uint8_t *at, const __m128i *low, const __m128i *high) {
  const __m128i fold = _mm_set1_epi8(0x20), zero = _mm_setzero_si128();
  const __m128i letterBase = _mm_set1_epi8('a'), letterSpan = _mm_set1_epi8(25);
  const __m128i digitBase = _mm_set1_epi8('0'), digitSpan = _mm_set1_epi8(9);
  __m128i before = _mm_loadu_si128((const __m128i *)(at - 1));
  __m128i letter = _mm_sub_epi8(_mm_or_si128(before, fold), letterBase);
  __m128i digit = _mm_sub_epi8(before, digitBase);
  __m128i wordByte = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(letter, letterSpan), letter),
                                  _mm_cmpeq_epi8(_mm_min_epu8(digit, digitSpan), digit));
  __m128i buckets = _mm_and_si128(_mm_and_si128(buckets_at(at, low[0], high[0]), buckets_at(at + 1, low[1], high[1])),
                                  _mm_and_si128(buckets_at(at + 2, low[2], high[2]), buckets_at(at + 3, low[3], high[3])));
  __m128i none = _mm_or_si128(_mm_cmpeq_epi8(buckets, zero), wordByte);
  return (unsigned)_mm_movemask_epi8(none) ^ 0xFFFFu;
}

__attribute__((target("ssse3")))
static size_t next_ssse3(const uint8_t *bytes, size_t count, size_t index, const gd_prefix_tables *tables) {
  if (index + 2 >= count) return count;
  if (index == 0) {
    if (is_candidate(bytes, count, 0, tables)) return 0;
    index = 1;
  }
  __m128i low[4], high[4];
  for (int position = 0; position < 4; position++) {
    low[position] = _mm_loadu_si128((const __m128i *)tables->low[position]);
    high[position] = _mm_loadu_si128((const __m128i *)tables->high[position]);
  }
  while (index + 19 <= count) {
    unsigned mask = candidates16(bytes + index, low, high);
    if (mask != 0) return index + (size_t)__builtin_ctz(mask);
    index += 16;
  }
  // The last positions, through a copy padded with zeros: a position needs three real bytes (later ones are masked
  // off), and a fourth byte past the end reads as a zero, as in `is_candidate`.
  while (index + 2 < count) {
    uint8_t padded[40] = {0};
    size_t available = count - (index - 1);
    if (available > sizeof padded) available = sizeof padded;
    for (size_t offset = 0; offset < available; offset++) padded[offset] = bytes[index - 1 + offset];
    unsigned mask = candidates16(padded + 1, low, high);
    size_t positions = count - 2 - index;  // candidates need three real bytes
    if (positions < 16) mask &= (1u << positions) - 1;
    if (mask != 0) return index + (size_t)__builtin_ctz(mask);
    index += 16;
  }
  return count;
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

size_t gd_end_of_ascii(const uint8_t *bytes, size_t count, size_t start) {
  size_t index = start;
#if defined(__SSE2__)
  while (index + 16 <= count) {
    unsigned mask = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(bytes + index)));
    if (mask != 0) return index + (size_t)__builtin_ctz(mask);
    index += 16;
  }
#else
  while (index + 8 <= count) {
    uint64_t word;
    memcpy(&word, bytes + index, 8);
    if (word & 0x8080808080808080ull) break;
    index += 8;
  }
#endif
  while (index < count && bytes[index] < 0x80) index++;
  return index;
}

static inline int is_markup_or_digit(uint8_t byte) {
  switch (byte) {
    case '*': case '_': case '`': case '~': case '|': case '\\': case '[': case '!': case ']': case '<': case '&':
      return 1;
    default:
      return (uint8_t)(byte - '0') <= 9;
  }
}

size_t gd_next_markup_or_digit(const uint8_t *bytes, size_t count, size_t start) {
  size_t index = start;
#if defined(__SSE2__)
  const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
  while (index + 16 <= count) {
    __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + index));
    // A digit: (byte - '0') as unsigned is at most 9, i.e. min(byte - '0', 9) == byte - '0'.
    __m128i offset = _mm_sub_epi8(chunk, zero);
    __m128i found = _mm_cmpeq_epi8(_mm_min_epu8(offset, nine), offset);
    found = _mm_or_si128(found, _mm_cmpeq_epi8(chunk, _mm_set1_epi8('*')));
    found = _mm_or_si128(found, _mm_cmpeq_epi8(chunk, _mm_set1_epi8('_')));
    found = _mm_or_si128(found, _mm_cmpeq_epi8(chunk, _mm_set1_epi8('`')));
    found = _mm_or_si128(found, _mm_cmpeq_epi8(chunk, _mm_set1_epi8('~')));
    found = _mm_or_si128(found, _mm_cmpeq_epi8(chunk, _mm_set1_epi8('|')));
    found = _mm_or_si128(found, _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\\')));
    found = _mm_or_si128(found, _mm_cmpeq_epi8(chunk, _mm_set1_epi8('[')));
    found = _mm_or_si128(found, _mm_cmpeq_epi8(chunk, _mm_set1_epi8('!')));
    found = _mm_or_si128(found, _mm_cmpeq_epi8(chunk, _mm_set1_epi8(']')));
    found = _mm_or_si128(found, _mm_cmpeq_epi8(chunk, _mm_set1_epi8('<')));
    found = _mm_or_si128(found, _mm_cmpeq_epi8(chunk, _mm_set1_epi8('&')));
    unsigned mask = (unsigned)_mm_movemask_epi8(found);
    if (mask != 0) return index + (size_t)__builtin_ctz(mask);
    index += 16;
  }
#endif
  for (; index < count; index++) {
    if (is_markup_or_digit(bytes[index])) return index;
  }
  return count;
}

size_t gd_next_markup_or_digit_portable(const uint8_t *bytes, size_t count, size_t start) {
  for (size_t index = start; index < count; index++) {
    if (is_markup_or_digit(bytes[index])) return index;
  }
  return count;
}

size_t gd_find_bytes(const uint8_t *bytes, size_t count, size_t start, const uint8_t *needle, size_t length) {
  if (bytes == NULL || needle == NULL || length == 0 || start >= count || length > count - start) return count;
  const uint8_t *found = memmem(bytes + start, count - start, needle, length);
  return found == NULL ? count : (size_t)(found - bytes);
}

static inline uint8_t fold_ascii(uint8_t byte) { return (uint8_t)(byte - 'A') <= 25 ? (uint8_t)(byte | 0x20) : byte; }

static inline int is_ascii_letter(uint8_t byte) { return (uint8_t)((byte | 0x20) - 'a') <= 25; }

/// Whether the `length` bytes at `at` are `needle` with ASCII case aside.
static inline int equal_folded(const uint8_t *at, const uint8_t *needle, size_t length) {
  for (size_t offset = 0; offset < length; offset++) {
    if (fold_ascii(at[offset]) != fold_ascii(needle[offset])) return 0;
  }
  return 1;
}

size_t gd_find_folded(const uint8_t *bytes, size_t count, size_t start, const uint8_t *needle, size_t length) {
  if (bytes == NULL || needle == NULL || length == 0 || start >= count || length > count - start) return count;
  size_t index = start;
  const size_t last = count - length;  // the last offset where the needle fits
#if defined(__SSE2__)
  if (length >= 2) {
    // A letter is compared ORed with 0x20 (its lower case), any other byte as it is; ORing folds a few other bytes
    // together too, so every candidate is checked whole.
    const __m128i first_or = _mm_set1_epi8(is_ascii_letter(needle[0]) ? 0x20 : 0);
    const __m128i second_or = _mm_set1_epi8(is_ascii_letter(needle[1]) ? 0x20 : 0);
    const __m128i first = _mm_set1_epi8((char)fold_ascii(needle[0]));
    const __m128i second = _mm_set1_epi8((char)fold_ascii(needle[1]));
    // Sixteen candidate offsets from `index` read bytes up to `index + 16`, so `index + 16 < count`.
    while (index + 16 < count && index + 15 <= last) {
      __m128i at = _mm_loadu_si128((const __m128i *)(bytes + index));
      __m128i next = _mm_loadu_si128((const __m128i *)(bytes + index + 1));
      __m128i found = _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(at, first_or), first),
                                    _mm_cmpeq_epi8(_mm_or_si128(next, second_or), second));
      unsigned mask = (unsigned)_mm_movemask_epi8(found);
      while (mask != 0) {
        size_t candidate = index + (size_t)__builtin_ctz(mask);
        if (equal_folded(bytes + candidate, needle, length)) return candidate;
        mask &= mask - 1;
      }
      index += 16;
    }
  }
#endif
  for (; index <= last; index++) {
    if (equal_folded(bytes + index, needle, length)) return index;
  }
  return count;
}

/// The bytes ORed with 0x20 mixed into 64 bits, eight at a time, of `length` bytes at `word` of which `readable`
/// may be read (at least `length`): the last chunk is loaded whole when eight bytes can be read, and its bytes past
/// the word masked off. Eight bytes or fewer (most words) are one multiplication.
__attribute__((always_inline)) static inline uint64_t fold_mix(const uint8_t *word, size_t length, size_t readable) {
  const uint64_t multiplier = 0x9E3779B97F4A7C15ull;
  uint64_t hash = (uint64_t)length * 0xD6E8FEB86659FD93ull;
  size_t index = 0;
  while (length - index > 8) {
    uint64_t chunk;
    memcpy(&chunk, word + index, 8);
    hash = (hash ^ (chunk | 0x2020202020202020ull)) * multiplier;
    hash = (hash << 31) | (hash >> 33);
    index += 8;
  }
  size_t rest = length - index;  // 1 to 8, or 0 for an empty word (then nothing is kept)
  uint64_t chunk = 0;
  if (readable - index >= 8) {
    memcpy(&chunk, word + index, 8);
  } else {
#pragma clang loop vectorize(disable) unroll(disable)
    for (size_t offset = 0; offset < rest; offset++) chunk |= (uint64_t)word[index + offset] << (8 * offset);
  }
  uint64_t keep = (~0ull >> ((64 - 8 * rest) & 63)) & (0 - (uint64_t)(rest != 0));
  return (hash ^ ((chunk | 0x2020202020202020ull) & keep)) * multiplier;
}

/// ``gd_word_key`` with `readable` bytes readable from `word` (see ``fold_mix``).
__attribute__((always_inline)) static inline uint32_t word_key(const uint8_t *word, size_t length, size_t readable) {
  return (uint32_t)(fold_mix(word, length, readable) >> 32);
}

uint32_t gd_word_key(const uint8_t *word, size_t length) { return word_key(word, length, length); }

uint64_t gd_fold_hash(const uint8_t *bytes, size_t length) {
  uint64_t hash = fold_mix(bytes, length, length);
  hash ^= hash >> 32;
  hash *= 0xBF58476D1CE4E5B9ull;
  return hash ^ (hash >> 29);
}

uint32_t gd_word_key_then(uint32_t key, uint8_t next) {
  uint32_t hash = (key ^ ((uint32_t)next + 0x9E3779B9u)) * 0x85EBCA6Bu;
  return hash ^ (hash >> 16);
}

static inline int filter_has(const uint64_t *filter, uint32_t bit) { return (int)((filter[bit >> 6] >> (bit & 63)) & 1); }

/// Whether a word start must be looked at: its word goes on past ASCII, or the filter holds its key and, when only
/// spaces, tabs and hyphens lie between it and the next word, its key with that word's first letter or digit (or
/// with "anything else"). The second look-up is made only for the few words that pass the first.
__attribute__((always_inline)) static inline int name_may_start(const uint8_t *bytes, size_t count, size_t start, size_t end, const uint64_t *filter,
                                 uint32_t filter_mask) {
  if (end < count && bytes[end] >= 0x80) return 1;
  uint32_t key = word_key(bytes + start, end - start, count - start);
  if (!filter_has(filter, key & filter_mask)) return 0;
  size_t next = end;
  while (next < count && (bytes[next] == ' ' || bytes[next] == '\t' || bytes[next] == '-')) next++;
  if (next == end || next == count || !is_word_byte(bytes[next])) return 1;
  return filter_has(filter, gd_word_key_then(key, 0) & filter_mask) ||
         filter_has(filter, gd_word_key_then(key, bytes[next] | 0x20) & filter_mask);
}

static size_t name_start_scalar(const uint8_t *bytes, size_t count, size_t start, int in_word, const uint64_t *filter,
                                uint32_t filter_mask, size_t *word_end) {
  size_t index = start;
  while (index < count) {
    uint8_t byte = bytes[index];
    if (byte >= 0x80) return index;
    if (!is_word_byte(byte)) {
      in_word = 0;
      index++;
      continue;
    }
    size_t end = index + 1;
    while (end < count && bytes[end] < 0x80 && is_word_byte(bytes[end])) end++;
    if (!in_word && name_may_start(bytes, count, index, end, filter, filter_mask)) {
      *word_end = end;
      return index;
    }
    in_word = 1;
    index = end;
  }
  return count;
}

#if defined(__SSE2__)
/// Bit `i` set where byte `i` of the chunk is an ASCII letter or digit.
static inline unsigned word_bytes16(__m128i chunk) {
  const __m128i fold = _mm_set1_epi8(0x20);
  __m128i letter = _mm_sub_epi8(_mm_or_si128(chunk, fold), _mm_set1_epi8('a'));
  __m128i digit = _mm_sub_epi8(chunk, _mm_set1_epi8('0'));
  __m128i isLetter = _mm_cmpeq_epi8(_mm_min_epu8(letter, _mm_set1_epi8(25)), letter);
  __m128i isDigit = _mm_cmpeq_epi8(_mm_min_epu8(digit, _mm_set1_epi8(9)), digit);
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(isLetter, isDigit));
}
#endif

size_t gd_next_name_start(const uint8_t *bytes, size_t count, size_t start, int in_word, const uint64_t *filter,
                          uint32_t filter_mask, size_t *word_end) {
#if defined(__SSE2__)
  // Thirty-two bytes at a time (two loads): bit `i` of `words` is byte `index + i` a letter or digit, of `high` a
  // byte of 0x80 or above; word starts are letters or digits after neither.
  size_t index = start;
  uint32_t previous = in_word ? 1u : 0u;  // whether the byte before `index` is a letter or digit
  while (index + 32 <= count) {
    __m128i first = _mm_loadu_si128((const __m128i *)(bytes + index));
    __m128i second = _mm_loadu_si128((const __m128i *)(bytes + index + 16));
    uint32_t words = word_bytes16(first) | word_bytes16(second) << 16;
    uint32_t high = (uint32_t)_mm_movemask_epi8(first) | (uint32_t)_mm_movemask_epi8(second) << 16;
    uint32_t stops = (words & ~((words << 1) | previous)) | high;
    size_t next = index + 32;
    while (stops != 0) {
      size_t at = index + (size_t)__builtin_ctz(stops);
      if (bytes[at] >= 0x80) return at;
      uint64_t after = (~(uint64_t)words & 0xFFFFFFFFull) >> (at - index);  // clear bits: the word from `at`
      size_t end = after ? at + (size_t)__builtin_ctzll(after) : index + 32;
      if (after == 0) {  // the word goes on past the window: the next sixteen bytes' mask, then a byte at a time
        if (end + 16 <= count) {
          uint32_t more = ~word_bytes16(_mm_loadu_si128((const __m128i *)(bytes + end))) & 0xFFFFu;
          end += more ? (size_t)__builtin_ctz(more) : 16;
        }
        while (end < count && bytes[end] < 0x80 && is_word_byte(bytes[end])) end++;
      }
      if (name_may_start(bytes, count, at, end, filter, filter_mask)) {
        *word_end = end;
        return at;
      }
      if (end >= index + 32) {
        next = end;
        break;
      }
      stops &= ~0u << (end - index);
    }
    previous = next == index + 32 ? words >> 31 : 1u;  // past a word that ran beyond the window: it ended there
    index = next;
  }
  return name_start_scalar(bytes, count, index, (int)previous, filter, filter_mask, word_end);
#else
  return name_start_scalar(bytes, count, start, in_word, filter, filter_mask, word_end);
#endif
}

size_t gd_next_name_start_portable(const uint8_t *bytes, size_t count, size_t start, int in_word,
                                   const uint64_t *filter, uint32_t filter_mask, size_t *word_end) {
  return name_start_scalar(bytes, count, start, in_word, filter, filter_mask, word_end);
}

/// Notes a field that ends at `end` (and starts after the last one noted, or at `*field_start`).
static inline void note_field(size_t *bounds, size_t capacity, size_t *number, size_t *field_start, size_t end) {
  if (*number < capacity) {
    bounds[2 * *number] = *field_start;
    bounds[2 * *number + 1] = end;
  }
  (*number)++;
  *field_start = end + 1;
}

static size_t split_fields_scalar(const uint8_t *bytes, size_t count, size_t index, uint8_t separator,
                                  size_t *bounds, size_t capacity, size_t *number, size_t *field_start) {
  for (; index < count; index++) {
    uint8_t byte = bytes[index];
    if (byte == '\n') break;
    if (byte == separator) note_field(bounds, capacity, number, field_start, index);
  }
  note_field(bounds, capacity, number, field_start, index);
  return index;
}

size_t gd_split_fields(const uint8_t *bytes, size_t count, size_t start, uint8_t separator, size_t *bounds,
                       size_t capacity, size_t *found) {
  size_t number = 0, field_start = start, index = start;
#if defined(__SSE2__)
  const __m128i newline = _mm_set1_epi8('\n'), split = _mm_set1_epi8((char)separator);
  while (index + 16 <= count) {
    __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + index));
    unsigned lines = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, newline));
    unsigned fields = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, split));
    if (lines != 0) fields &= (1u << __builtin_ctz(lines)) - 1;  // separators before the line's end
    while (fields != 0) {
      note_field(bounds, capacity, &number, &field_start, index + (size_t)__builtin_ctz(fields));
      fields &= fields - 1;
    }
    if (lines != 0) {
      index += (size_t)__builtin_ctz(lines);
      note_field(bounds, capacity, &number, &field_start, index);
      *found = number;
      return index;
    }
    index += 16;
  }
#endif
  index = split_fields_scalar(bytes, count, index, separator, bounds, capacity, &number, &field_start);
  *found = number;
  return index;
}

size_t gd_split_fields_portable(const uint8_t *bytes, size_t count, size_t start, uint8_t separator, size_t *bounds,
                                size_t capacity, size_t *found) {
  size_t number = 0, field_start = start;
  size_t index = split_fields_scalar(bytes, count, start, separator, bounds, capacity, &number, &field_start);
  *found = number;
  return index;
}

/// An ASCII letter, digit or `-`: a byte of a gene symbol.
static inline int is_symbol_byte(uint8_t byte) {
  return (uint8_t)(byte - '0') <= 9 || (uint8_t)((byte | 0x20) - 'a') <= 25 || byte == '-';
}

static inline int is_capital_start(const uint8_t *bytes, size_t index, size_t lower) {
  return (uint8_t)(bytes[index] - 'A') <= 25 && (index == lower || !is_symbol_byte(bytes[index - 1]));
}

size_t gd_next_capital_start(const uint8_t *bytes, size_t count, size_t start, size_t lower) {
  size_t index = start;
  if (index < count && index == lower) {
    if (is_capital_start(bytes, index, lower)) return index;
    index++;
  }
#if defined(__SSE2__)
  // From here on `index > lower`, so the byte before each position can be read.
  const __m128i capital = _mm_set1_epi8('A'), digit = _mm_set1_epi8('0'), letter = _mm_set1_epi8('a');
  const __m128i nine = _mm_set1_epi8(9), twenty_five = _mm_set1_epi8(25), hyphen = _mm_set1_epi8('-');
  const __m128i case_bit = _mm_set1_epi8(0x20);
  while (index + 16 <= count) {
    __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + index));
    __m128i before = _mm_loadu_si128((const __m128i *)(bytes + index - 1));
    // (byte - base) as unsigned is at most n when min(byte - base, n) equals it.
    __m128i offset = _mm_sub_epi8(chunk, capital);
    __m128i capitals = _mm_cmpeq_epi8(_mm_min_epu8(offset, twenty_five), offset);
    __m128i digits = _mm_sub_epi8(before, digit);
    __m128i letters = _mm_sub_epi8(_mm_or_si128(before, case_bit), letter);
    __m128i symbol = _mm_cmpeq_epi8(_mm_min_epu8(digits, nine), digits);
    symbol = _mm_or_si128(symbol, _mm_cmpeq_epi8(_mm_min_epu8(letters, twenty_five), letters));
    symbol = _mm_or_si128(symbol, _mm_cmpeq_epi8(before, hyphen));
    unsigned mask = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(symbol, capitals));
    if (mask != 0) return index + (size_t)__builtin_ctz(mask);
    index += 16;
  }
#endif
  for (; index < count; index++) {
    if (is_capital_start(bytes, index, lower)) return index;
  }
  return count;
}

size_t gd_next_capital_start_portable(const uint8_t *bytes, size_t count, size_t start, size_t lower) {
  for (size_t index = start; index < count; index++) {
    if (is_capital_start(bytes, index, lower)) return index;
  }
  return count;
}
