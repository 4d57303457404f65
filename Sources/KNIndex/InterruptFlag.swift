import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGINT and SIGTERM turned into a flag the writer polls between files, so an interrupted
/// rebuild or update stops at a safe point, rolls back and leaves the published index as it was.
public enum InterruptFlag {
    nonisolated(unsafe) private static var received: sig_atomic_t = 0

    /// Installs the handlers; a second signal of the same kind ends the process at once.
    ///
    /// The signals are also unblocked: a blocked mask is inherited through `exec` (some process
    /// launchers, e.g. Foundation's `Process` in a test runner, pass theirs on), and a blocked
    /// SIGTERM would stay pending until the run ended, so the writer could not be stopped.
    public static func install() {
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber) { number in
                if InterruptFlag.received != 0 { _exit(128 + number) }
                InterruptFlag.received = number
            }
        }
    }

    /// Throws `IndexError.interrupted` when a signal arrived.
    public static func check() throws {
        let number = received
        if number != 0 { throw IndexError.interrupted(signal: Int32(number)) }
    }
}
