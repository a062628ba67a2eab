#ifndef GENE2JSON_ARENA_H
#define GENE2JSON_ARENA_H

#include <stddef.h>

/// A per-thread bump allocator for one cmark parse (cmark's `cmark_mem`: calloc, realloc, free).
///
/// `gd_arena_begin` returns the allocator (a pointer to three function pointers laid out as `cmark_mem`), or NULL
/// when the thread's arena cannot be set up (then parse with cmark's default allocator). Everything allocated
/// through it stays valid until `gd_arena_end` on the same thread, which takes it all back at once; `free` only
/// takes back the latest allocation. One parse at a time per thread: begin, parse, walk, free the tree, end.
///
/// The arena keeps its first 256 KiB chunk between documents and releases larger ones at `gd_arena_end`; a
/// thread's chunks are freed when the thread exits.
void *gd_arena_begin(void);

/// Takes back everything allocated since `gd_arena_begin` on this thread.
void gd_arena_end(void);

/// Bytes currently held by this thread's arena (for tests).
size_t gd_arena_held_bytes(void);

#endif
