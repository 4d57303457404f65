import ArgumentParser
import Foundation
import KNFeeds
import KNIndex
import KNIngest
import KNQuery

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a root command with kn's error conventions: one `name: message` line on stderr and the
/// documented exit status (usage errors are 2, not ArgumentParser's 64).
public enum CommandRunner {
    public static func main<Command: ParsableCommand>(_ command: Command.Type, name: String) -> Never {
        do {
            var parsed = try command.parseAsRoot()
            try parsed.run()
            exit(ExitStatus.success)
        } catch let exitCode as ExitCode {
            exit(exitCode.rawValue)
        } catch let error as IndexError {
            fail(name, error.description, status: ExitStatus.status(for: error))
        } catch let error as QueryError {
            fail(name, error.description, status: ExitStatus.error)
        } catch let error as IngestError {
            fail(name, error.description, status: ExitStatus.error)
        } catch let error as FeedError {
            fail(name, error.description, status: ExitStatus.error)
        } catch {
            let code = command.exitCode(for: error)
            if code == .success {
                print(command.fullMessage(for: error))
                exit(ExitStatus.success)
            }
            if code == .validationFailure {
                fail(name, command.message(for: error) + " (see \(name) --help)", status: ExitStatus.error)
            }
            // Anything else is unexpected (ArgumentParser would say 1, which kn means "nothing found").
            fail(name, String(describing: error), status: ExitStatus.error)
        }
    }

    static func fail(_ name: String, _ message: String, status: Int32) -> Never {
        Diagnostics.line(name, message)
        exit(status)
    }
}

/// Writes diagnostics to stderr, one line each, prefixed by the command name.
public enum Diagnostics {
    public static func line(_ name: String, _ message: String) {
        let oneLine = message.replacingOccurrences(of: "\n", with: " ")
        FileHandle.standardError.write(Data("\(name): \(oneLine)\n".utf8))
    }
}
