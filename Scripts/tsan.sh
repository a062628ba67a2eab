#!/usr/bin/env bash
# The test suite under ThreadSanitizer, in .build-tsan. Prints `N passed, N failed` last.
# Arguments go to `swift test` (e.g. --filter BadInput).
exec "$(dirname "$0")/sanitized-tests.sh" thread "$@"
