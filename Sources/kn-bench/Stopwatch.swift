#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Times workloads the way the benchmark reports them: one warm-up run each, then `repetitions`
/// rounds that run every workload in turn, keeping each one's best time.
///
/// Rounds interleave the workloads so that a busy machine slows all of them alike, and time is
/// the thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), which leaves out time spent descheduled
/// while other processes run: the ratio between workloads is what the benchmark tracks.
struct Stopwatch {
    let repetitions: Int

    /// The best CPU seconds of each workload; each returns a checksum so the optimizer cannot
    /// drop what it computes.
    func best(_ workloads: [() -> Int]) -> [(seconds: Double, checksum: Int)] {
        var results = workloads.map { (seconds: Double.infinity, checksum: $0()) }
        for _ in 0..<max(repetitions, 1) {
            for (index, work) in workloads.enumerated() {
                let start = Self.threadCPUSeconds()
                let checksum = work()
                let seconds = Self.threadCPUSeconds() - start
                results[index] = (min(results[index].seconds, seconds), checksum)
            }
        }
        return results
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
