#ifndef GENE2JSON_BYTE_SCAN_H
#define GENE2JSON_BYTE_SCAN_H

#include <stddef.h>
#include <stdint.h>

/// Nibble tables for up to eight buckets of four-byte prefixes (Teddy, as in Hyperscan and Rust's aho-corasick):
/// a byte `c` at prefix position `p` may belong to bucket `b` when bit `b` is set in both `low[p][c & 15]` and
/// `high[p][c >> 4]`, where `c` is the text byte ORed with 0x20. A shorter prefix sets every bit of its bucket at
/// the positions it does not reach.
typedef struct {
  uint8_t low[4][16];
  uint8_t high[4][16];
} gd_prefix_tables;

/// The first offset `i` in `[start, count - 2)` where a word starts (`i == 0`, or the byte before is not an ASCII
/// letter or digit) and the four bytes at `i` may belong to one bucket of `tables` (a fourth byte past the end reads
/// as a zero); `count` when there is none.
///
/// A prefilter: ORing 0x20 folds case for letters but maps a few other bytes together, nibbles and shared buckets
/// admit more, so the caller checks every offset it returns. Sixteen positions at a time with SSSE3 on x86-64 when
/// the processor has it (the last few through a padded copy), a byte at a time elsewhere (the same answers).
size_t gd_next_word_prefix(const uint8_t *bytes, size_t count, size_t start, const gd_prefix_tables *tables);

/// The offset of the first byte at or after `start` that JSON escapes in a string (`"`, `\`, below 0x20), or
/// `count`. Sixteen bytes at a time with SSE2 on x86-64, a byte at a time elsewhere.
size_t gd_next_json_escape(const uint8_t *bytes, size_t count, size_t start);

/// The offset of the first byte at or after `start` that is 0x80 or above (not ASCII), or `count`. Sixteen bytes at
/// a time with SSE2 on x86-64, eight elsewhere.
size_t gd_end_of_ascii(const uint8_t *bytes, size_t count, size_t start);

/// ``gd_next_word_prefix`` a byte at a time on every processor (for tests: both must agree).
size_t gd_next_word_prefix_portable(const uint8_t *bytes, size_t count, size_t start,
                                    const gd_prefix_tables *tables);

/// The offset of the first byte at or after `start` that is Markdown markup a mention scan masks (`*` `_` `` ` `` `~`
/// `|` `\` `[` `!` `]` `<` `&`) or an ASCII digit, or `count`. Sixteen bytes at a time with SSE2 on x86-64 (a table
/// look-up a byte in Swift was 6% of a batch run), a byte at a time elsewhere.
size_t gd_next_markup_or_digit(const uint8_t *bytes, size_t count, size_t start);

/// ``gd_next_markup_or_digit`` a byte at a time on every processor (for tests: both must agree).
size_t gd_next_markup_or_digit_portable(const uint8_t *bytes, size_t count, size_t start);

/// The offset of the first occurrence of `needle` (`length` bytes) in `bytes` at or after `start`, or `count` when
/// there is none (glibc's memmem, vectorized).
size_t gd_find_bytes(const uint8_t *bytes, size_t count, size_t start, const uint8_t *needle, size_t length);

#endif
