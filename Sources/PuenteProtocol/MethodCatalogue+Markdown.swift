extension MethodCatalogue {
    /// The README's protocol table, from the declarations: each method's params with
    /// their types and defaults (`limit?: 0…100 = 10`), summary and result.
    public static var markdownTable: String {
        let rows = all.map { method in
            let params = method.params.isEmpty ? "—" : method.params.map(\.notation).joined(separator: ", ")
            let cells = ["`\(method.name)`", params, method.summary, method.result]
            // A bar inside a cell would end it.
            return "| "
                + cells.map { $0.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
                .joined(separator: " | ") + " |"
        }
        return (["| method | params | summary | result |", "|---|---|---|---|"] + rows).joined(separator: "\n")
    }
}
