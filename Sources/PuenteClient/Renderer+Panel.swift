import PuenteProtocol
import PuenteRendering

extension Renderer {
    /// The panel queue as the moderator reads it: each question by its number, with its
    /// counts and the nearest cited unit of the knowledge to answer it with.
    public func panelQueue(_ result: Wire.PanelQueueResult) -> String {
        guard !result.questions.isEmpty else { return render([StyledLine(words.panelEmpty)]) }
        var lines = [StyledLine(words.panelHeading, .title)]
        for question in result.questions {
            let number = "\(question.id). "
            let indent = String(repeating: " ", count: number.count)
            lines.append(StyledLine([(number, .bold), (question.text, .plain)], hangingIndent: number.count))
            lines.append(StyledLine(indent + words.panelCounts(question), .dim, hangingIndent: number.count))
            for related in question.related {
                lines.append(StyledLine(indent + words.panelRelated(related), .plain, hangingIndent: number.count))
            }
        }
        return render(lines)
    }
}
