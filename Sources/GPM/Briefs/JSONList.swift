import Foundation

/// Lists of ids stored as JSON text (`[1,4,9]`) and passed to SQL through `json_each(?)`. Both ways
/// throw: a list that cannot be written or read back is a broken row, not an empty list.
enum JSONList {
    static func encode<T: Encodable>(_ values: [T]) throws -> String {
        String(decoding: try JSONEncoder().encode(values), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ text: String, as type: T.Type = T.self) throws -> [T] {
        try JSONDecoder().decode([T].self, from: Data(text.utf8))
    }
}
