import CFuzzer
import Foundation
import PuenteKnowledge

// The knowledge loader on any bytes as an initiative record: YAML parsing, field
// reading and validation must report problems, never crash.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-fuzz-knowledge-\(getpid())")
let bundled = BundledKnowledge.directory(executable: nil)!
try? FileManager.default.removeItem(at: folder)
try! FileManager.default.copyItem(at: bundled, to: folder)
let records = folder.appendingPathComponent("initiatives")
for name in try! FileManager.default.contentsOfDirectory(atPath: records.path) where name != "accel-africa.yaml" {
    try! FileManager.default.removeItem(at: records.appendingPathComponent(name))
}
let record = records.appendingPathComponent("accel-africa.yaml")

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    try? Data(UnsafeBufferPointer(start: data, count: size)).write(to: record)
    do throws(KnowledgeError) {
        _ = try KnowledgeLoader.load(from: folder)
    } catch {
        precondition(!error.issues.isEmpty, "a failed load must say why")
    }
    return 0
}
