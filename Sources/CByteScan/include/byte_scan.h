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

/// The offset of the first occurrence of `needle` (`length` bytes) in `bytes` at or after `start` with ASCII letters
/// matched in either case (other bytes as they are), or `count` when there is none. Candidates for the needle's first
/// two bytes sixteen positions at a time with SSE2 on x86-64, each checked a byte at a time (the Swift loop with a
/// case-folding closure was 4% of a `--jobs 1` batch run, searching each document for its gene's name).
size_t gd_find_folded(const uint8_t *bytes, size_t count, size_t start, const uint8_t *needle, size_t length);

/// The key of a word for the name scan's first-word filter: its bytes ORed with 0x20 (lower case for ASCII letters,
/// digits unchanged), eight at a time, mixed into 32 bits. The same for a name's first word (already lower case)
/// and for the text's.
uint32_t gd_word_key(const uint8_t *word, size_t length);

/// A 64-bit hash of bytes ORed with 0x20 (so the same for ASCII letters in either case), eight at a time: for hash
/// tables keyed by symbols with case aside (an FNV-1a byte loop was a quarter of indexing NCBI's `gene_info`).
uint64_t gd_fold_hash(const uint8_t *bytes, size_t length);

/// A word's key followed by what comes after the word: `next` is the first letter or digit of the next word (lower
/// case) when only spaces, tabs and hyphens lie between (one space symbol in the names' normal form), 0 for "anything
/// else".
uint32_t gd_word_key_then(uint32_t key, uint8_t next);

/// The next offset at or after `start` the name scan must look at: an ASCII word start (a letter or digit after a
/// byte that is neither, or at `start` when `in_word` is 0) whose word, its ASCII letters and digits, goes on with a
/// byte of 0x80 or above, or may start a name by `filter`; or the next byte of 0x80 or above; or `count`. A word
/// `w` may start a name when the filter has the bit (`& filter_mask`) of `gd_word_key(w)`, or, when spaces, tabs or
/// hyphens and then a letter or digit `c` follow it, of `gd_word_key_then(key, 0)` or `gd_word_key_then(key, c)`.
/// For a word start, `*word_end` is set to the end of the word's ASCII letters and digits. `in_word`: whether the
/// byte before `start` belongs to a word (then letters and digits at `start` are skipped). Words that start no name
/// are skipped without returning: sixteen bytes at a time with SSE2 on x86-64 (the same loop in Swift was 20
/// instructions a byte, 110 million in a 2,000-document callgrind run with PharmGKB's chemicals), a byte at a time
/// elsewhere.
size_t gd_next_name_start(const uint8_t *bytes, size_t count, size_t start, int in_word, const uint64_t *filter,
                          uint32_t filter_mask, size_t *word_end);

/// ``gd_next_name_start`` a byte at a time on every processor (for tests: both must agree).
size_t gd_next_name_start_portable(const uint8_t *bytes, size_t count, size_t start, int in_word,
                                   const uint64_t *filter, uint32_t filter_mask, size_t *word_end);

/// Splits the line of `bytes` that starts at `start` at each `separator`: writes each field's start and end
/// offsets into `bounds` (two values a field, at most `capacity` fields) and returns the offset of the line's end
/// (the next LF, or `count`); `*found` is set to the number of fields (at least one), which may be more than
/// `capacity` (then call again with room for all). Sixteen bytes at a time with SSE2 on x86-64 (`memchr` a field
/// and an array of ranges in Swift were 110 million instructions for the 1.2 million fields of NCBI's `gene_info`,
/// this 39 million), a byte at a time elsewhere.
size_t gd_split_fields(const uint8_t *bytes, size_t count, size_t start, uint8_t separator, size_t *bounds,
                       size_t capacity, size_t *found);

/// ``gd_split_fields`` a byte at a time on every processor (for tests: both must agree).
size_t gd_split_fields_portable(const uint8_t *bytes, size_t count, size_t start, uint8_t separator, size_t *bounds,
                                size_t capacity, size_t *found);

/// The first offset `i` in `[start, count)` where an ASCII capital starts a word of symbol bytes: `bytes[i]` is
/// `A`–`Z` and `i == lower` or the byte before is not an ASCII letter, digit or `-` (the byte before `start` is read
/// when `start > lower`); `count` when there is none. Where a scan for other genes' symbols stops: sixteen bytes at a
/// time with SSE2 on x86-64 (the same test a byte at a time in Swift was 43 million instructions of 1,468 for 2,000
/// benchmark documents with NCBI's gene table, callgrind), a byte at a time elsewhere.
size_t gd_next_capital_start(const uint8_t *bytes, size_t count, size_t start, size_t lower);

/// ``gd_next_capital_start`` a byte at a time on every processor (for tests: both must agree).
size_t gd_next_capital_start_portable(const uint8_t *bytes, size_t count, size_t start, size_t lower);

#endif
