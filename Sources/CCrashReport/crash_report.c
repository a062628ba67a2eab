#define _GNU_SOURCE
#include "gd_crash_report.h"

#include <signal.h>
#include <sys/mman.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// One slot for each document a thread converts: gene2json runs at most 256 threads (--jobs is clamped to 256).
#define SLOTS 256
#define PATH_BYTES 4096

typedef struct {
  atomic_int busy;   // 0 free, 1 claimed (path being written), 2 in flight
  size_t length;
  char path[PATH_BYTES];
} slot_t;

static slot_t slots[SLOTS];
static char program_name[64] = "gene2json";
static size_t program_length = 9;
static atomic_int installed;
static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
static _Thread_local int has_alternate_stack;

static void write_all(const char *bytes, size_t length) {
  while (length > 0) {
    ssize_t written = write(STDERR_FILENO, bytes, length);
    if (written <= 0) return;
    bytes += written;
    length -= (size_t)written;
  }
}

static void handler(int number) {
  int reported = 0;
  for (int index = 0; index < SLOTS; index++) {
    if (atomic_load(&slots[index].busy) != 2) continue;
    write_all(program_name, program_length);
    write_all(": internal error while converting ", 34);
    write_all(slots[index].path, slots[index].length);
    write_all("\n", 1);
    reported = 1;
  }
  if (!reported) {
    write_all(program_name, program_length);
    write_all(": internal error\n", 17);
  }
  // Die of the same signal: with the default action restored, re-raising (or returning to the faulting
  // instruction) ends the process the way the shell and the tests expect.
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(number, &action, NULL);
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, number);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  raise(number);
}

// The thread's alternate signal stack, so that the handler runs even when the thread's own stack overflowed. A
// stack the thread already has (AddressSanitizer gives one) is kept. Mapped, not malloc'ed: it is kept for the
// thread's life, and a sanitizer that unmaps the alternate stack when a thread ends must be able to.
static void give_alternate_stack(void) {
  if (has_alternate_stack) return;
  has_alternate_stack = 1;
  stack_t current;
  if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE)) return;
  stack_t stack;
  memset(&stack, 0, sizeof stack);
  stack.ss_size = 64 * 1024;
  stack.ss_sp = mmap(NULL, stack.ss_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (stack.ss_sp == MAP_FAILED) return;
  sigaltstack(&stack, NULL);
}

void gd_crash_report_install(const char *program) {
  int expected = 0;
  if (!atomic_compare_exchange_strong(&installed, &expected, 1)) return;
  if (program != NULL) {
    size_t length = strlen(program);
    if (length >= sizeof program_name) length = sizeof program_name - 1;
    memcpy(program_name, program, length);
    program_name[length] = 0;
    program_length = length;
  }
  give_alternate_stack();
  for (size_t index = 0; index < sizeof fatal_signals / sizeof fatal_signals[0]; index++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    action.sa_flags = SA_ONSTACK | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    sigaction(fatal_signals[index], &action, NULL);
  }
}

int gd_crash_report_begin(const char *path, size_t length) {
  if (!atomic_load(&installed)) return -1;
  give_alternate_stack();
  for (int index = 0; index < SLOTS; index++) {
    int expected = 0;
    if (!atomic_compare_exchange_strong(&slots[index].busy, &expected, 1)) continue;
    if (length > PATH_BYTES - 1) length = PATH_BYTES - 1;
    memcpy(slots[index].path, path, length);
    slots[index].length = length;
    atomic_store(&slots[index].busy, 2);
    return index;
  }
  return -1;
}

void gd_crash_report_end(int slot) {
  if (slot < 0 || slot >= SLOTS) return;
  atomic_store(&slots[slot].busy, 0);
}
