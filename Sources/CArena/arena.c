// A bump allocator handed to libcmark (cmark_parser_new_with_mem): a cmark parse of a 2 KB document made about 43
// calloc/realloc calls and as many frees, and malloc/free were 8% of a `--jobs 1` batch profile.
#include "gd_arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
  kAlign = 16,                  // every allocation is 16-byte aligned, as malloc's
  kHeader = 16,                 // the allocation's size, kept before it (realloc copies that much)
  kChunk = 256 * 1024,          // the chunk kept between documents
};

typedef struct gd_chunk {
  struct gd_chunk *next;
  size_t size;  // bytes in data
  size_t used;
  _Alignas(16) unsigned char data[];
} gd_chunk;

typedef struct {
  gd_chunk *first;    // kept between documents
  gd_chunk *current;  // where allocations go
  unsigned char *last;  // the latest allocation, which free and realloc can take back or grow in place
} gd_arena;

static pthread_key_t arenaKey;
static pthread_once_t arenaKeyOnce = PTHREAD_ONCE_INIT;
static _Thread_local gd_arena *threadArena;

static void free_chunks(gd_chunk *chunk) {
  while (chunk) {
    gd_chunk *next = chunk->next;
    free(chunk);
    chunk = next;
  }
}

static void destroy_arena(void *pointer) {
  gd_arena *arena = pointer;
  free_chunks(arena->first);
  free(arena);
}

static void make_key(void) { pthread_key_create(&arenaKey, destroy_arena); }

static gd_chunk *new_chunk(size_t size) {
  gd_chunk *chunk = malloc(sizeof(gd_chunk) + size);
  if (!chunk) return NULL;
  chunk->next = NULL;
  chunk->size = size;
  chunk->used = 0;
  return chunk;
}

/// Bytes an allocation of `size` takes in a chunk: its header, then `size` rounded up to the alignment (SIZE_MAX when
/// that would overflow).
static size_t block_size(size_t size) {
  if (size > SIZE_MAX - kHeader - kAlign) return SIZE_MAX;
  return (kHeader + size + (kAlign - 1)) & ~(size_t)(kAlign - 1);
}

static void *arena_alloc(size_t size) {
  gd_arena *arena = threadArena;
  size_t need = block_size(size);
  if (!arena || need == SIZE_MAX) return NULL;
  gd_chunk *chunk = arena->current;
  if (chunk->size - chunk->used < need) {  // a new chunk after the current one (always the last)
    gd_chunk *added = new_chunk(need > kChunk ? need : kChunk);
    if (!added) return NULL;
    chunk->next = added;
    chunk = added;
  }
  arena->current = chunk;
  unsigned char *block = chunk->data + chunk->used;
  chunk->used += need;
  *(size_t *)block = size;
  arena->last = block + kHeader;
  return arena->last;
}

static void *arena_calloc(size_t count, size_t size) {
  if (size != 0 && count > SIZE_MAX / size) return NULL;
  void *pointer = arena_alloc(count * size);
  if (pointer) memset(pointer, 0, count * size);
  return pointer;
}

static void *arena_realloc(void *pointer, size_t size) {
  if (!pointer) return arena_alloc(size);
  gd_arena *arena = threadArena;
  unsigned char *block = (unsigned char *)pointer - kHeader;
  size_t old = *(size_t *)block;
  if (pointer == arena->last) {  // the latest allocation: grow in place
    gd_chunk *chunk = arena->current;
    size_t start = (size_t)(block - chunk->data);
    size_t need = block_size(size);
    if (need != SIZE_MAX && chunk->size - start >= need) {
      chunk->used = start + need;
      *(size_t *)block = size;
      return pointer;
    }
  }
  void *moved = arena_alloc(size);
  if (moved) memcpy(moved, pointer, old < size ? old : size);
  return moved;
}

static void arena_free(void *pointer) {
  gd_arena *arena = threadArena;
  if (!pointer || !arena || pointer != arena->last) return;  // the rest goes back at gd_arena_end
  unsigned char *block = (unsigned char *)pointer - kHeader;
  arena->current->used = (size_t)(block - arena->current->data);
  arena->last = NULL;
}

/// Laid out as cmark_mem { calloc, realloc, free }.
static struct {
  void *(*calloc)(size_t, size_t);
  void *(*realloc)(void *, size_t);
  void (*free)(void *);
} arenaAllocator = {arena_calloc, arena_realloc, arena_free};

void *gd_arena_begin(void) {
  if (!threadArena) {
    if (pthread_once(&arenaKeyOnce, make_key) != 0) return NULL;
    gd_arena *arena = calloc(1, sizeof *arena);
    if (!arena) return NULL;
    arena->first = new_chunk(kChunk);
    if (!arena->first || pthread_setspecific(arenaKey, arena) != 0) {
      free(arena->first);
      free(arena);
      return NULL;
    }
    threadArena = arena;
  }
  threadArena->current = threadArena->first;
  threadArena->first->used = 0;
  threadArena->last = NULL;
  return &arenaAllocator;
}

void gd_arena_end(void) {
  gd_arena *arena = threadArena;
  if (!arena) return;
  free_chunks(arena->first->next);  // a large document's extra chunks are not kept
  arena->first->next = NULL;
  arena->first->used = 0;
  arena->current = arena->first;
  arena->last = NULL;
}

size_t gd_arena_held_bytes(void) {
  size_t held = 0;
  for (gd_chunk *chunk = threadArena ? threadArena->first : NULL; chunk; chunk = chunk->next) held += chunk->size;
  return held;
}
