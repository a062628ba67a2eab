#ifndef GENE2JSON_CRASH_REPORT_H
#define GENE2JSON_CRASH_REPORT_H

#include <stddef.h>

/// Names the documents in flight when the process dies of a fatal signal (SIGSEGV, SIGBUS, SIGILL, SIGTRAP,
/// SIGABRT, SIGFPE): for each, `gene2json: internal error while converting PATH` on standard error, then the process
/// dies of the same signal. The handler uses only async-signal-safe calls (write, sigaction, raise), which is why it
/// is C: Swift code in a signal handler may allocate or take the runtime's locks.

/// Installs the handlers (once; later calls do nothing). `program` prefixes every line (`gene2json`).
void gd_crash_report_install(const char *program);

/// Records that the calling thread starts converting the document at `path` (`length` bytes, cut at 4,095).
/// Returns a slot to pass to `gd_crash_report_end`, or -1 when every slot is taken (then nothing is recorded).
/// The first call on a thread gives it an alternate signal stack, so a stack overflow is reported too.
int gd_crash_report_begin(const char *path, size_t length);

/// Records that the document of `slot` is done.
void gd_crash_report_end(int slot);

#endif
