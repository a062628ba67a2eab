#!/usr/bin/env bash
# The test suite under AddressSanitizer (with LeakSanitizer), in .build-asan. Prints `N passed, N failed` last.
# Arguments go to `swift test` (e.g. --filter BadInput).
exec "$(dirname "$0")/sanitized-tests.sh" address "$@"
