#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A POSIX mutex with two condition variables: one workers wait on for work, one the caller waits on for results.
final class Monitor: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let work = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  private let results = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

  init() {
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(work, nil)
    pthread_cond_init(results, nil)
  }

  deinit {
    pthread_cond_destroy(results)
    pthread_cond_destroy(work)
    pthread_mutex_destroy(mutex)
    results.deallocate()
    work.deallocate()
    mutex.deallocate()
  }

  /// Takes the mutex.
  func lock() { pthread_mutex_lock(mutex) }
  /// Releases the mutex.
  func unlock() { pthread_mutex_unlock(mutex) }

  /// Runs `body` holding the mutex.
  func locked<T>(_ body: () throws -> T) rethrows -> T {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body()
  }

  /// Waits for work; call holding the mutex.
  func waitForWork() { pthread_cond_wait(work, mutex) }
  /// Wakes every worker waiting for work.
  func broadcastWork() { pthread_cond_broadcast(work) }
  /// Waits for results; call holding the mutex.
  func waitForResults() { pthread_cond_wait(results, mutex) }
  /// Wakes the caller waiting for results.
  func signalResults() { pthread_cond_signal(results) }
}
