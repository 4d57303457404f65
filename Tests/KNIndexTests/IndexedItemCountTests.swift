import Foundation
import GRDB
import Testing
@testable import KNIndex

@Suite("The item count read from FTS5's averages record")
struct IndexedItemCountTests {
    @Test("Matches count(*) on an empty index, after inserts, after a removal and after FTS5's rebuild")
    func matchesCount() throws {
        let index = try ScratchIndex()
        func counts() throws -> (Int, Int) {
            try index.queue.read { db in
                (try IndexedItemCount.fetch(db), try Int.fetchOne(db, sql: "SELECT count(*) FROM item") ?? -1)
            }
        }
        #expect(try counts() == (0, 0))
        let path = try index.add(commentaries: (0..<150).map { "説明 \($0)" })
        try index.add(commentaries: ["別の号"], number: 2)
        #expect(try counts() == (151, 151))
        try index.queue.write { db in try IssueStore().remove(path: path, in: db) }
        #expect(try counts() == (1, 1))
        try index.add(commentaries: ["三つ目", "四つ目"], number: 3)
        try index.queue.write { db in try db.execute(sql: "INSERT INTO itemFTS(itemFTS) VALUES ('rebuild')") }
        #expect(try counts() == (3, 3))
    }

    @Test("SQLite varints, and nil for a truncated one", arguments: [
        ([0x00], 0), ([0x7f], 127), ([0x81, 0x00], 128), ([0x83, 0xe0, 0x1e], 61_470),
        ([0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01], 1 << 57 | 1), ([0x05, 0xff], 5),
    ] as [([UInt8], Int)])
    func varints(bytes: [UInt8], expected: Int) {
        #expect(IndexedItemCount.firstVarint(of: Data(bytes)) == expected)
    }

    @Test("A truncated varint or an empty record is not a count", arguments: [[], [0x81], [0xff, 0xff]] as [[UInt8]])
    func truncated(bytes: [UInt8]) {
        #expect(IndexedItemCount.firstVarint(of: Data(bytes)) == nil)
    }
}
