import Foundation

/// Human names for the kinds of file system entries that are not regular files.
enum FileKind {
    /// `directory`, `socket`, `device`, … for a message; FIFOs show as `special file` on some platforms.
    static func name(of type: FileAttributeType) -> String {
        switch type {
        case .typeDirectory: "directory"
        case .typeSymbolicLink: "symbolic link"
        case .typeSocket: "socket"
        case .typeCharacterSpecial: "character device"
        case .typeBlockSpecial: "block device"
        case .typeRegular: "regular file"
        default: "special file"
        }
    }
}
